package fr.fidele.messaging;

import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's erasure, for the messaging channels: their conversations lose the author's id and name, every message
 * its text, and their files are deleted; the rows stay, so that a provider delivering a message again does not bring
 * it back (its id is still known). Runs in the erasure's transaction.
 */
@Service
public class MessagingErasure {

	private final JdbcClient jdbc;

	MessagingErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long customerId) {
		jdbc.sql("""
				delete from messaging_attachment where message_id in
				  (select m.id from messaging_message m join messaging_thread t on t.id = m.thread_id where t.customer_id = ?)""")
			.param(customerId).update();
		jdbc.sql("update messaging_message set body = ? where thread_id in (select id from messaging_thread where customer_id = ?)")
			.params(PersonalValues.ERASED, customerId).update();
		jdbc.sql("update messaging_thread set author_id = ?, author_name = null where customer_id = ?")
			.params(PersonalValues.ERASED, customerId).update();
	}
}
