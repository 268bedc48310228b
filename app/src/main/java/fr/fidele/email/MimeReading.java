package fr.fidele.email;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.fidele.platform.Digests;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Reads a message as it really arrives: its text and HTML parts in whatever charset and transfer encoding (Jakarta
 * Mail decodes them; a charset Java does not know is read as Latin-1 rather than lost), its HTML sanitised by the
 * OWASP sanitiser, and whether it is an automatic reply, a bounce or a mailing list. A message too broken to parse is
 * kept whole as its raw text: nothing received is lost.
 */
final class MimeReading {

	/** Text, blocks, links and tables; no script, no style sheet, no image (a remote image tells the sender it was read). */
	private static final PolicyFactory HTML = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS).and(Sanitizers.TABLES);
	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
	private static final int LONGEST_BODY = 1_000_000;

	private MimeReading() {
	}

	/**
	 * A message as the server gave it (its source, read once), parsed; a source too broken to parse is kept as its raw
	 * text, so that no message stops the reading nor is lost. Attachments over {@code limit} bytes come without content.
	 */
	static IncomingMail fromSource(byte[] raw, long limit) {
		try {
			return read(new MimeMessage(null, new ByteArrayInputStream(raw)), raw, limit);
		}
		catch (MessagingException | IOException | RuntimeException broken) {
			String text = truncated(new String(raw, StandardCharsets.ISO_8859_1));
			return new IncomingMail(generatedId(raw), null, List.of(), "unknown@invalid", null, "", null, null, text, null, null, List.of(), null);
		}
	}

	static IncomingMail read(MimeMessage message, byte[] raw, long limit) throws MessagingException, IOException {
		String messageId = firstId(message.getMessageID());
		InternetAddress from = firstAddress(message.getFrom());
		IgnoredBecause ignored = ignored(message, from);
		Bodies bodies = new Bodies(limit);
		bodies.walk(message);
		String inReplyTo = firstId(header(message, "In-Reply-To"));
		if (inReplyTo == null && ignored == IgnoredBecause.BOUNCE) {
			// a bounce names the message it returns inside its report: it joins that message's conversation
			inReplyTo = bodies.returned;
		}
		Set<String> references = new LinkedHashSet<>(ids(header(message, "References")));
		if (inReplyTo != null) {
			references.add(inReplyTo);
		}
		Address[] to = message.getAllRecipients();
		String text = bodies.text != null ? bodies.text : bodies.html == null ? "" : Jsoup.parse(bodies.html).text();
		Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
		return new IncomingMail(messageId != null ? messageId : generatedId(raw), inReplyTo, List.copyOf(references),
				from == null ? "unknown@invalid" : from.getAddress().toLowerCase(Locale.ROOT), from == null ? null : from.getPersonal(),
				to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", ")), message.getSubject(), sent,
				truncated(text), bodies.html == null ? null : truncated(bodies.html), ignored, List.copyOf(bodies.attachments),
				ignored == IgnoredBecause.BOUNCE ? bodies.undelivered : null);
	}

	/** Why the message must open nothing, if it must not. */
	private static IgnoredBecause ignored(MimeMessage message, InternetAddress from) throws MessagingException {
		String autoSubmitted = header(message, "Auto-Submitted");
		if (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no") || header(message, "X-Autoreply") != null
				|| header(message, "X-Autorespond") != null) {
			return IgnoredBecause.AUTO_REPLY;
		}
		String sender = from == null ? "" : from.getAddress().toLowerCase(Locale.ROOT);
		if (message.isMimeType("multipart/report") || sender.startsWith("mailer-daemon@") || sender.startsWith("postmaster@")) {
			return IgnoredBecause.BOUNCE;
		}
		String precedence = header(message, "Precedence");
		if (precedence != null && Set.of("bulk", "junk", "list").contains(precedence.strip().toLowerCase(Locale.ROOT))
				|| header(message, "List-Id") != null || header(message, "List-Unsubscribe") != null) {
			return IgnoredBecause.BULK;
		}
		return null;
	}

	/**
	 * The first text and HTML parts that are not attachments, and the attachments; in a delivery report (RFC 3464),
	 * the address that failed and the id of the message returned.
	 */
	private static final class Bodies {
		private static final Pattern FINAL_RECIPIENT = Pattern.compile("(?im)^Final-Recipient:\\s*rfc822;\\s*<?([^\\s>]+@[^\\s>]+)>?");
		private final long limit;
		private final List<Attachment> attachments = new ArrayList<>();
		private String text;
		private String html;
		private String undelivered;
		private String returned;

		Bodies(long limit) {
			this.limit = limit;
		}

		void walk(Part part) throws MessagingException, IOException {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null && !part.isMimeType("multipart/*")) {
				attachments.add(attachment(part, limit));
				return;
			}
			if (part.isMimeType("message/delivery-status")) {
				Matcher recipient = FINAL_RECIPIENT.matcher(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
				undelivered = recipient.find() ? recipient.group(1).toLowerCase(Locale.ROOT) : undelivered;
			}
			else if (part.isMimeType("text/rfc822-headers")) {
				returned = firstId(new InternetHeaders(part.getInputStream()).getHeader("Message-ID", null));
			}
			else if (part.isMimeType("message/rfc822") && part.getContent() instanceof MimeMessage original) {
				returned = firstId(original.getMessageID());
			}
			else if (part.isMimeType("text/plain") && text == null) {
				text = content(part);
			}
			else if (part.isMimeType("text/html") && html == null) {
				html = HTML.sanitize(content(part));
			}
			else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					walk(multipart.getBodyPart(i));
				}
			}
		}
	}

	/** The part's bytes, read no further than the limit: a larger file is refused without filling the memory. */
	private static Attachment attachment(Part part, long limit) throws MessagingException, IOException {
		String name = part.getFileName() == null ? "attachment" : MimeUtility.decodeText(part.getFileName());
		String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType().split(";")[0].strip();
		try (InputStream in = part.getInputStream()) {
			byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			return read.length > limit ? new Attachment(name, type, read.length, null) : new Attachment(name, type, read.length, read);
		}
	}

	private static String content(Part part) throws MessagingException, IOException {
		try {
			return String.valueOf(part.getContent());
		}
		catch (UnsupportedEncodingException unknownCharset) {
			try (InputStream in = part.getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			}
		}
	}

	private static String header(MimeMessage message, String name) throws MessagingException {
		return message.getHeader(name, ", ");
	}

	private static InternetAddress firstAddress(Address[] addresses) {
		return addresses == null ? null : Arrays.stream(addresses).filter(InternetAddress.class::isInstance).map(InternetAddress.class::cast)
			.filter(address -> address.getAddress() != null).findFirst().orElse(null);
	}

	private static String firstId(String header) {
		List<String> ids = ids(header);
		return ids.isEmpty() ? null : ids.get(0);
	}

	private static List<String> ids(String header) {
		List<String> ids = new ArrayList<>();
		if (header != null) {
			Matcher matcher = MESSAGE_ID.matcher(header);
			while (matcher.find()) {
				ids.add(matcher.group());
			}
		}
		return ids;
	}

	/** An id for a message without one, from its content: the same message fetched twice gets the same id. */
	private static String generatedId(byte[] raw) {
		return "<" + HexFormat.of().formatHex(Digests.sha256(raw)) + "@fidele.generated>";
	}

	private static String truncated(String text) {
		return text.length() <= LONGEST_BODY ? text : text.substring(0, LONGEST_BODY);
	}

	/** The message's raw source, as read from the server. */
	static byte[] raw(MimeMessage message) throws MessagingException, IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		message.writeTo(out);
		return out.toByteArray();
	}
}
