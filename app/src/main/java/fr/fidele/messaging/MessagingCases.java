package fr.fidele.messaging;

import java.util.Optional;

import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.SupportCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which case a known customer's messages join: the conversation's case while it is unresolved, else a new one named
 * by the first words of the message. A messaging thread (a phone number's SMS) lasts for years; each request in it
 * gets its case, as a call would, so that a repeat on another channel counts against the same request.
 */
@Component
class MessagingCases {

	private static final int SUBJECT_WORDS = 80;

	private final JdbcClient jdbc;
	private final ContactManagement cases;

	MessagingCases(JdbcClient jdbc, ContactManagement cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	long caseFor(long threadId, long customerId, String text) {
		Optional<Long> current = jdbc.sql("select case_id from messaging_thread where id = ? and case_id is not null").param(threadId)
			.query(Long.class).optional();
		Optional<SupportCase> open = current.map(cases::getCase).filter(found -> found.customerId() == customerId && found.status().unresolved());
		if (open.isPresent()) {
			return open.get().id();
		}
		long opened = cases.openCase(customerId, null, subject(text), null, "message received").id();
		jdbc.sql("update messaging_thread set case_id = ? where id = ?").params(opened, threadId).update();
		return opened;
	}

	private static String subject(String text) {
		String words = text == null || text.isBlank() ? "(message sans texte)" : text.strip().replaceAll("\\s+", " ");
		return words.length() <= SUBJECT_WORDS ? words : words.substring(0, SUBJECT_WORDS) + "…";
	}
}
