package fr.fidele.messaging;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import fr.fidele.platform.RandomTokens;
import fr.fidele.platform.database.BulkCopy;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads messaging exchanges in bulk (the demo company's): a customer's message and, when answered, the advisor's
 * reply, in each customer's one conversation (their phone number's thread) of a channel kept for the record: withdrawn,
 * so no provider delivers to it and nothing is sent. Nothing is visible until {@link #finish()}.
 */
public final class MessagingBulkLoad implements AutoCloseable {

	/**
	 * One exchange; {@code answer} is null when the customer still waits.
	 */
	public record Exchange(long customerId, long contactId, String phone, String authorName, String question, Instant askedAt, String answer,
			Instant answeredAt, long advisorId, String advisorName) {
	}

	private final BulkCopy load;
	private final JdbcClient jdbc;
	private final long channelId;
	private final CopyStream threads;
	private final CopyStream messages;
	private final Map<Long, Long> threadOfCustomer = new HashMap<>();
	private long nextThreadId;
	private long nextMessageId;

	MessagingBulkLoad(DataSource dataSource, JdbcClient jdbc, String name, String queue, Instant now) throws SQLException {
		this.jdbc = jdbc;
		this.channelId = jdbc.sql("select id from messaging_channel where name = ? and not enabled").param(name).query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("""
					insert into messaging_channel (name, kind, public_key, secret, outbound_url, queue_code, enabled, created_at)
					values (?, 'SMS', ?, ?, 'https://sms.invalid/replies', ?, false, ?) returning id""")
				.params(name, RandomTokens.next(), "msgsec_" + RandomTokens.next(), queue, Timestamp.from(now)).query(Long.class).single());
		this.nextThreadId = BulkCopy.firstFreeId(jdbc, "messaging_thread");
		this.nextMessageId = BulkCopy.firstFreeId(jdbc, "messaging_message");
		this.load = new BulkCopy(dataSource);
		try {
			this.threads = load.table("messaging_thread", "id, channel_id, external_id, author_id, author_name, customer_id, created_at");
			this.messages = load.table("messaging_message", """
					id, channel_id, thread_id, direction, external_id, body, sent_at, received_at, contact_id, author_id, author_name,
					send_state, attempts""");
		}
		catch (SQLException | RuntimeException e) {
			load.close();
			throw e;
		}
	}

	public void exchange(Exchange e) throws SQLException {
		Long thread = threadOfCustomer.get(e.customerId());
		if (thread == null) {
			thread = nextThreadId++;
			threadOfCustomer.put(e.customerId(), thread);
			threads.add(thread).add(channelId).add(e.phone()).add(e.phone()).add(e.authorName()).add(e.customerId()).add(e.askedAt()).endRow();
		}
		messages.add(nextMessageId++).add(channelId).add(thread).add("INBOUND").add("demo-" + e.contactId()).add(e.question()).add(e.askedAt())
			.add(e.askedAt()).add(e.contactId()).add((Long) null).add((String) null).add((String) null).add(0L).endRow();
		if (e.answer() != null) {
			messages.add(nextMessageId++).add(channelId).add(thread).add("OUTBOUND").add((String) null).add(e.answer()).add(e.answeredAt())
				.add(e.answeredAt()).add((Long) null).add(e.advisorId()).add(e.advisorName()).add("SENT").add(1L).endRow();
		}
	}

	public void finish() throws SQLException {
		load.finish(jdbc, "messaging_thread", "messaging_message");
	}

	@Override
	public void close() throws SQLException {
		load.close();
	}
}
