package fr.fidele.chat;

import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's erasure, for the live chat: their conversations lose the name and address the visitor gave, and every
 * message its text and its author's name (the advisors' answers too: they quote and address the customer), and the files
 * they sent are deleted. The rows
 * stay, numbered, so the contacts' figures hold. Runs in the erasure's transaction.
 */
@Service
public class ChatErasure {

	private final JdbcClient jdbc;

	ChatErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long customerId) {
		jdbc.sql("""
				update chat_message set body = ?, author_name = case when author = 'CUSTOMER' then null else author_name end
				where conversation_id in (select id from chat_conversation where customer_id = ?) and author <> 'SYSTEM'""")
			.params(PersonalValues.ERASED, customerId).update();
		jdbc.sql("update chat_conversation set visitor_name = null, visitor_email = null where customer_id = ?").param(customerId).update();
		jdbc.sql("update chat_message set file_id = null where conversation_id in (select id from chat_conversation where customer_id = ?)")
			.param(customerId).update();
		jdbc.sql("delete from chat_file where conversation_id in (select id from chat_conversation where customer_id = ?)").param(customerId).update();
	}
}
