package fr.fidele.email;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where, in a message's text, the customer's new words end and what their mail software added begins: the history
 * it quotes (lines starting with {@code >}, the "On … wrote:" / "Le … a écrit :" line of Gmail, Apple Mail and
 * Thunderbird, Outlook's "-----Original Message-----" or its "De : … Envoyé : …" block) or a signature after the
 * {@code "-- "} line of RFC 3676. The advisor reads the new words first; the rest is folded away, never removed.
 */
final class QuotedHistory {

	/** The first line of an added block, matched against each line stripped of its leading spaces. */
	private static final List<Pattern> STARTS = List.of(
			// Gmail, Apple Mail, Thunderbird, in French and English; the attribution may wrap over two lines, and French
			// puts a no-break space before its colon
			Pattern.compile("\\A(Le|On)\\s(?=[^\\n]*\\d).{4,300}?(a écrit|wrote)[\\s\\u00A0\\u202F]?:\\s*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL | Pattern.MULTILINE),
			Pattern.compile("\\A-{2,}\\s*(Original Message|Message d'origine|Message d’origine|Message original|Forwarded message|Message transféré)\\s*-{2,}",
					Pattern.CASE_INSENSITIVE),
			// Outlook without separator: its header block, the sender then the date
			Pattern.compile("\\A(De|From)[\\s\\u00A0]?:\\s.+\\n(Envoyé|Sent|Date)[\\s\\u00A0]?:\\s", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\A_{20,}\\s*$", Pattern.MULTILINE),
			Pattern.compile("\\A>"));

	private QuotedHistory() {
	}

	/**
	 * The offset where the added part starts, or -1 when the whole text is the customer's. A message that answers
	 * between quoted lines (bottom or inline posting) keeps its quotes in view; only its signature is folded.
	 */
	static int start(String text) {
		if (text == null || text.isBlank()) {
			return -1;
		}
		String[] lines = text.split("\n", -1);
		int[] offsets = new int[lines.length];
		for (int i = 1; i < lines.length; i++) {
			offsets[i] = offsets[i - 1] + lines[i - 1].length() + 1;
		}
		int marker = -1;
		for (int i = 1; i < lines.length && marker < 0; i++) {
			String twoLines = lines[i].strip() + "\n" + (i + 1 < lines.length ? lines[i + 1].strip() : "");
			if (signature(lines[i]) || STARTS.stream().anyMatch(start -> start.matcher(twoLines).find())) {
				marker = i;
			}
		}
		if (marker >= 0 && answeredBetweenQuotes(lines, marker)) {
			marker = lastSignature(lines);
		}
		return marker > 0 && ownWordsBefore(lines, marker) ? offsets[marker] : -1;
	}

	/** Whether the sender wrote something above the marker: a bare forward or quote keeps everything in view. */
	private static boolean ownWordsBefore(String[] lines, int marker) {
		for (int i = 0; i < marker; i++) {
			if (!lines[i].isBlank() && !lines[i].startsWith(">")) {
				return true;
			}
		}
		return false;
	}

	/** Whether words of the sender's come after a quoted line: they answered point by point. */
	private static boolean answeredBetweenQuotes(String[] lines, int from) {
		boolean quoted = false;
		for (int i = from; i < lines.length; i++) {
			if (signature(lines[i])) {
				return false;
			}
			if (lines[i].startsWith(">")) {
				quoted = true;
			}
			else if (quoted && !lines[i].isBlank()) {
				return true;
			}
		}
		return false;
	}

	private static int lastSignature(String[] lines) {
		for (int i = lines.length - 1; i > 0; i--) {
			if (signature(lines[i])) {
				return i;
			}
		}
		return -1;
	}

	/** RFC 3676's signature separator: dash, dash, space, alone on its line. */
	private static boolean signature(String line) {
		return "-- ".equals(line) || "-- \r".equals(line);
	}
}
