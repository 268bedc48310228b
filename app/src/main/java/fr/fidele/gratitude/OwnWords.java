package fr.fidele.gratitude;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import fr.fidele.platform.Digests;
import fr.fidele.platform.InvalidFieldException;

/**
 * What makes a thank-you's note personal enough to record: written (at least {@value #SHORTEST} characters, at most
 * {@value #LONGEST}), and not the words already recorded for another customer — a thank-you sent to many is a mail
 * merge, which the seed rules out. The words are compared without case, accents, punctuation or spacing, so a copy
 * with a changed comma is still a copy.
 */
final class OwnWords {

	static final int SHORTEST = 20;
	static final int LONGEST = 2000;

	private OwnWords() {
	}

	static void check(String note) {
		if (note == null || note.isBlank()) {
			throw new InvalidFieldException("note", "required");
		}
		if (note.strip().length() < SHORTEST) {
			throw new InvalidFieldException("note", "tooShortForThanks", SHORTEST);
		}
		if (note.length() > LONGEST) {
			throw new InvalidFieldException("note", "tooLong", LONGEST);
		}
	}

	/** The note's words, normalised, hashed. */
	static String digest(String note) {
		String words = Normalizer.normalize(note, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return HexFormat.of().formatHex(Digests.sha256(words.getBytes(StandardCharsets.UTF_8)));
	}
}
