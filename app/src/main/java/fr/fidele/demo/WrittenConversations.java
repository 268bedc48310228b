package fr.fidele.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

import fr.fidele.casefile.Channel;
import fr.fidele.email.EmailBulkLoad;
import fr.fidele.messaging.MessagingBulkLoad;

/**
 * Gives the demo's recent written contacts their words: an e-mail or a contact form becomes an e-mail conversation
 * (the customer's message, the advisor's reply), a SOCIAL contact an exchange in the customer's SMS thread. Only the
 * last {@value #RECENT_DAYS} days carry text, which is what a case file shows first and keeps the full-size demo
 * quick to load. Each contact's words come from its own random stream, so the simulation's draws do not change.
 */
final class WrittenConversations {

	static final int RECENT_DAYS = 90;

	/** A written contact as simulated, waiting for its customer's name and addresses. */
	record WrittenContact(long contactId, long caseId, Channel channel, String reason, long arrived, long answered, long advisorId) {
	}

	/** Who wrote: their id, name, language and the addresses they write from. */
	record Writer(long customerId, String name, String language, String email, String phone) {
	}

	private WrittenConversations() {
	}

	static void write(DemoRows rows, List<WrittenContact> written, Writer writer, LocalDate end) throws Exception {
		long recent = end.minusDays(RECENT_DAYS).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
		String firstName = writer.name().substring(0, writer.name().indexOf(' ') < 0 ? writer.name().length() : writer.name().indexOf(' '));
		for (WrittenContact contact : written) {
			if (contact.arrived() < recent) {
				continue;
			}
			SplittableRandom words = new SplittableRandom(contact.contactId() * 0x9E3779B97F4A7C15L);
			String question = WrittenTexts.question(words, contact.reason(), writer.language());
			String answer = WrittenTexts.answer(words, contact.reason(), writer.language(), firstName);
			Instant asked = Instant.ofEpochSecond(contact.arrived());
			Instant answered = Instant.ofEpochSecond(contact.answered());
			if (contact.channel() == Channel.SOCIAL) {
				rows.messagingExchange(new MessagingBulkLoad.Exchange(writer.customerId(), contact.contactId(), writer.phone(), writer.name(),
						question, asked, answer, answered, contact.advisorId(), null));
			}
			else {
				rows.emailConversation(new EmailBulkLoad.Conversation(writer.customerId(), contact.caseId(), contact.contactId(), writer.email(),
						subject(question), question, asked, answer, answered, contact.advisorId()));
			}
		}
	}

	/** The first words of the message, as people title a mail. */
	private static String subject(String question) {
		int end = question.indexOf(' ', Math.min(question.length(), 40));
		return end < 0 ? question : question.substring(0, end) + "…";
	}
}
