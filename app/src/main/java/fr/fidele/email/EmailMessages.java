package fr.fidele.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The messages kept, read by case: what the case file shows beside calls and chats. */
@Service
public class EmailMessages {

	private static final String SELECT = """
			select m.id, m.thread_id, m.direction, m.sender, m.recipients, m.subject, m.received_at, m.text_body, m.html_body, m.ignored,
			       m.contact_id, m.send_state, m.send_error
			from email_message m join email_thread t on t.id = m.thread_id""";

	private final JdbcClient jdbc;

	EmailMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The messages of every conversation of the case, oldest first. */
	public List<EmailMessage> ofCase(long caseId) {
		return jdbc.sql(SELECT + " where t.case_id = ? order by m.received_at, m.id").param(caseId).query(EmailMessages::map).list();
	}

	/** The conversation a contact's message belongs to, oldest first: what the advisor reads before answering. */
	public List<EmailMessage> conversationOf(long contactId) {
		return jdbc.sql(SELECT + " where m.thread_id = (select thread_id from email_message where contact_id = ? limit 1) order by m.received_at, m.id")
			.param(contactId).query(EmailMessages::map).list();
	}

	/** Every message of the customer's conversations, oldest first: part of what an export gives them. */
	public List<EmailMessage> ofCustomer(long customerId) {
		return jdbc.sql(SELECT + " where t.customer_id = ? order by m.received_at, m.id").param(customerId).query(EmailMessages::map).list();
	}

	private static EmailMessage map(ResultSet rs, int row) throws SQLException {
		return new EmailMessage(rs.getLong("id"), rs.getLong("thread_id"), rs.getString("direction"), rs.getString("sender"),
				rs.getString("recipients"), rs.getString("subject"), rs.getTimestamp("received_at").toInstant(), rs.getString("text_body"),
				rs.getString("html_body"), rs.getString("ignored"), (Long) rs.getObject("contact_id"), rs.getString("send_state"),
				rs.getString("send_error"));
	}
}
