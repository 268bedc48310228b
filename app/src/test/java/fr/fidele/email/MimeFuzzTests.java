package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Two thousand broken messages read the way the mailbox reader reads a source the server gives: none throws, each gives a message to keep, with an id and a sender, a body within bounds,
 * and no script in what will be shown, no character PostgreSQL would refuse.
 */
class MimeFuzzTests {

	@Test
	void noBrokenMessageStopsTheReaderOrLosesItself() throws Exception {
		Random random = new Random(20261204);
		for (int i = 0; i < 2_000; i++) {
			byte[] bytes = MalformedMail.next(random);
			IncomingMail mail = MimeReading.fromSource(bytes, 64 * 1024);
			assertThat(mail.messageId()).as("message %d", i).isNotBlank().hasSizeLessThan(1_000);
			assertThat(mail.sender()).as("message %d", i).isNotBlank();
			assertThat(mail.text()).as("message %d", i).isNotNull().hasSizeLessThanOrEqualTo(1_000_000).doesNotContain("\0");
			assertThat(mail.subject() == null ? "" : mail.subject()).as("message %d: PostgreSQL keeps no NUL", i).doesNotContain("\0");
			if (mail.html() != null) {
				assertThat(mail.html().toLowerCase()).as("message %d", i).doesNotContain("<script");
			}
		}
	}
}
