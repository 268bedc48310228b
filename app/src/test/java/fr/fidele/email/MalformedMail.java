package fr.fidele.email;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Messages broken the ways real mail breaks, made from well-formed seeds by a seeded random generator: cut short,
 * bytes flipped, boundaries lost or repeated, charsets unknown, Base64 and quoted-printable corrupt, headers folded
 * wrong, huge or missing, multiparts nested without end.
 */
final class MalformedMail {

	private static final String[] SEEDS = { """
			From: =?ISO-8859-1?Q?L=E9a_Martin?= <lea@exemple.fr>
			To: aide@fidele.test
			Subject: =?UTF-8?B?RmFjdHVyZSBlbiBkb3VibGU=?=
			Message-ID: <seed-1@exemple.fr>
			MIME-Version: 1.0
			Content-Type: multipart/mixed; boundary="b1"

			--b1
			Content-Type: multipart/alternative; boundary="b2"

			--b2
			Content-Type: text/plain; charset=windows-1252
			Content-Transfer-Encoding: quoted-printable

			Ma facture de mars est pr=E9lev=E9e deux fois =80 49,90.
			--b2
			Content-Type: text/html; charset=UTF-8
			Content-Transfer-Encoding: base64

			PHA+TWEgZmFjdHVyZSA8c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9wPg==
			--b2--
			--b1
			Content-Type: application/pdf; name="facture.pdf"
			Content-Disposition: attachment; filename="facture.pdf"
			Content-Transfer-Encoding: base64

			JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0ZpbHRlci9GbGF0ZURlY29kZT4+
			--b1--
			""", """
			From: Paul <paul@exemple.fr>
			To: aide@fidele.test
			Subject: Re: colis [#C-12]
			In-Reply-To: <abc@fidele.test>
			References: <abc@fidele.test> <def@fidele.test>
			Content-Type: text/plain; charset=ISO-8859-1
			Content-Transfer-Encoding: 8bit

			Le colis n'est toujours pas arrivé.
			""" };
	private static final String[] JUNK = { "\r\n", "--", "--b1", "--b2--", "=?", "?=", "=\r\n", "=ZZ", "\0", "Content-Type: multipart/mixed; boundary=\"\"\r\n",
			"charset=x-unknown-9", "Content-Transfer-Encoding: base64\r\n\r\n@@@", "\r\n\t", ":", "<", ">", "\u00e9", "\uFFFD" };

	private MalformedMail() {
	}

	/** The {@code n}th broken message of the generator seeded with {@code seed}. */
	static byte[] next(Random random) {
		byte[] bytes = SEEDS[random.nextInt(SEEDS.length)].replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
		int mutations = 1 + random.nextInt(6);
		for (int i = 0; i < mutations; i++) {
			bytes = mutate(bytes, random);
		}
		return bytes;
	}

	private static byte[] mutate(byte[] bytes, Random random) {
		int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
		return switch (random.nextInt(6)) {
			case 0 -> java.util.Arrays.copyOf(bytes, at);
			case 1 -> {
				byte[] flipped = bytes.clone();
				for (int i = 0; i < 1 + random.nextInt(20) && flipped.length > 0; i++) {
					flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
				}
				yield flipped;
			}
			case 2 -> insert(bytes, at, JUNK[random.nextInt(JUNK.length)].getBytes(StandardCharsets.UTF_8));
			case 3 -> insert(bytes, at, ("X-Long: " + "a".repeat(20_000 + random.nextInt(50_000)) + "\r\n").getBytes(StandardCharsets.US_ASCII));
			case 4 -> insert(bytes, at, "--b1\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n".repeat(1 + random.nextInt(50))
				.getBytes(StandardCharsets.US_ASCII));
			default -> new String(bytes, StandardCharsets.ISO_8859_1).replaceFirst("\r\n\r\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
		};
	}

	private static byte[] insert(byte[] bytes, int at, byte[] more) {
		byte[] joined = new byte[bytes.length + more.length];
		System.arraycopy(bytes, 0, joined, 0, at);
		System.arraycopy(more, 0, joined, at, more.length);
		System.arraycopy(bytes, at, joined, at + more.length, bytes.length - at);
		return joined;
	}
}
