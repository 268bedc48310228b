package fr.fidele.email;

import java.util.Locale;

import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what the e-mail channel kept of a customer: the addresses, subjects, bodies and attachments of their conversations, and of
 * any message sent from one of their addresses before they were known. The messages stay as rows (their ids keep a
 * message from being read in again), as facts without content. Part of an erasure the privacy module runs in one
 * transaction.
 */
@Service
public class EmailErasure {

	private final JdbcClient jdbc;

	EmailErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long customerId, PersonalValues personal) {
		String[] addresses = personal.values().stream().map(value -> value.toLowerCase(Locale.ROOT)).toArray(String[]::new);
		// the undeliverable marks and the files first: they are found by the addresses and the messages' senders, erased next
		jdbc.sql("delete from email_bounce where address = any(:addresses)").param("addresses", addresses).update();
		jdbc.sql("""
				delete from email_attachment where message_id in (select m.id from email_message m
				    where m.thread_id in (select id from email_thread where customer_id = :customer) or lower(m.sender) = any(:addresses))""")
			.param("customer", customerId).param("addresses", addresses).update();
		jdbc.sql("""
				update email_message set sender = :erased, recipients = :erased, subject = :erased, text_body = :erased, html_body = null,
				    in_reply_to = null, refs = '{}'
				where thread_id in (select id from email_thread where customer_id = :customer) or lower(sender) = any(:addresses)""")
			.param("erased", PersonalValues.ERASED).param("customer", customerId).param("addresses", addresses).update();
		jdbc.sql("""
				update email_thread set sender = :erased, subject = :erased
				where customer_id = :customer or lower(sender) = any(:addresses)""")
			.param("erased", PersonalValues.ERASED).param("customer", customerId).param("addresses", addresses).update();
	}
}
