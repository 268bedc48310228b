package fr.fidele.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Direction;
import fr.fidele.customers.Customers;
import fr.fidele.messaging.MessagingChannels.OpenChannel;
import fr.fidele.messaging.InboundRules.CheckedFile;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.ClientRateLimit;
import fr.fidele.routing.Arrival;
import fr.fidele.routing.Arrivals;
import fr.fidele.platform.web.WebhookSignature;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A customer's message delivered by a provider: its channel found by the address's key, the provider held to its
 * rate, its signature checked, then kept once whatever the number of deliveries, in its conversation. A message
 * that the customer writes while an earlier one still waits for its answer joins that contact; otherwise it is a new
 * contact on the SOCIAL channel, for the customer whose phone number or account wrote it, on their request's case
 * ({@link MessagingCases}), in the channel's queue.
 */
@Service
public class MessagingIntake {

	private static final long WAITING = 24;

	/** The message kept, and whether it had been already (a provider's retry). */
	public record Received(long id, boolean duplicate) {
	}

	private final JdbcClient jdbc;
	private final MessagingChannels channels;
	private final Customers customers;
	private final Arrivals arrivals;
	private final MessagingCases cases;
	private final MessagingProperties settings;
	private final ClientRateLimit perChannel;
	private final Clock clock;

	MessagingIntake(JdbcClient jdbc, MessagingChannels channels, Customers customers, Arrivals arrivals, MessagingCases cases,
			MessagingProperties settings, Clock clock) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.channels = channels;
		this.customers = customers;
		this.arrivals = arrivals;
		this.settings = settings;
		this.perChannel = new ClientRateLimit(settings.perChannelMinute(), Duration.ofMinutes(1));
		this.clock = clock;
	}

	/** The channel at this key, if the request is within its rate and signed with its secret (404, 429, 401 otherwise). */
	public long authenticate(String key, String signature, String body) {
		OpenChannel channel = channels.open(key).orElseThrow(() -> new NotFoundException("messaging channel", key));
		perChannel.require(key);
		if (!WebhookSignature.verifies(channel.secret(), signature, body, clock.instant().getEpochSecond(),
				settings.signatureTolerance().toSeconds())) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
					"sign the request: " + WebhookSignature.HEADER + ": t=<epoch seconds>,v1=<hex HMAC-SHA256 of t.body with the channel's secret>");
		}
		return channel.id();
	}

	@Transactional
	public Received receive(String key, InboundMessage message) {
		OpenChannel channel = channels.open(key).orElseThrow(() -> new NotFoundException("messaging channel", key));
		InboundRules.check(message);
		var files = InboundRules.files(message, settings.attachmentLimit().toBytes());
		Instant now = clock.instant();
		Thread thread = thread(channel, message, now);
		Optional<Long> kept = jdbc.sql("""
				insert into messaging_message (channel_id, thread_id, direction, external_id, body, sent_at, received_at)
				values (?, ?, 'INBOUND', ?, ?, ?, ?) on conflict (channel_id, external_id) do nothing returning id""")
			.params(channel.id(), thread.id(), message.messageId().strip(), message.text() == null ? "" : message.text().strip(),
					message.sentAt() == null ? null : Timestamp.from(message.sentAt()), Timestamp.from(now))
			.query(Long.class).optional();
		if (kept.isEmpty()) {
			return new Received(jdbc.sql("select id from messaging_message where channel_id = ? and external_id = ?")
				.params(channel.id(), message.messageId().strip()).query(Long.class).single(), true);
		}
		long id = kept.get();
		files.forEach(file -> attach(id, file));
		long contact = waitingContact(thread.id(), id, now).orElseGet(() -> {
			Long caseId = thread.customerId() == null ? null : cases.caseFor(thread.id(), thread.customerId(), message.text());
			return arrivals.enqueue(new Arrival(Channel.SOCIAL, Direction.INBOUND, thread.customerId(), null, null, channel.queue(), null,
					"messaging:" + id, now, caseId)).contactId();
		});
		jdbc.sql("update messaging_message set contact_id = ? where id = ?").params(contact, id).update();
		return new Received(id, false);
	}

	private record Thread(long id, Long customerId) {
	}

	private Thread thread(OpenChannel channel, InboundMessage message, Instant now) {
		Thread thread = jdbc.sql("""
				insert into messaging_thread (channel_id, external_id, author_id, author_name, created_at) values (?, ?, ?, ?, ?)
				on conflict (channel_id, external_id) do update set author_name = coalesce(excluded.author_name, messaging_thread.author_name)
				returning id, customer_id""")
			.params(channel.id(), message.threadId().strip(), message.author().id().strip(), message.author().name(), Timestamp.from(now))
			.query((rs, n) -> new Thread(rs.getLong(1), (Long) rs.getObject(2))).single();
		if (thread.customerId() != null) {
			return thread;
		}
		Optional<Long> customer = channel.kind().identity(message.author().id().strip())
			.flatMap(identity -> customers.idByIdentity(channel.kind().identityKind(), identity));
		customer.ifPresent(id -> jdbc.sql("update messaging_thread set customer_id = ? where id = ?").params(id, thread.id()).update());
		return new Thread(thread.id(), customer.orElse(null));
	}

	/**
	 * The contact of the conversation's last message still unanswered, within a day: the customer wrote again before the
	 * answer. Later, or once answered, a message is a new contact (the customer comes back).
	 */
	private Optional<Long> waitingContact(long threadId, long messageId, Instant now) {
		return jdbc.sql("""
				select m.contact_id from messaging_message m
				where m.thread_id = ? and m.direction = 'INBOUND' and m.contact_id is not null and m.id < ? and m.received_at > ?
				  and not exists (select 1 from messaging_message r where r.thread_id = m.thread_id and r.direction = 'OUTBOUND' and r.id > m.id)
				order by m.id desc limit 1""")
			.params(threadId, messageId, Timestamp.from(now.minus(WAITING, ChronoUnit.HOURS))).query(Long.class).optional();
	}

	private void attach(long messageId, CheckedFile file) {
		jdbc.sql("insert into messaging_attachment (message_id, filename, content_type, size, content, refused) values (?, ?, ?, ?, ?, ?)")
			.params(messageId, file.filename(), file.contentType(), file.size(), file.content(), file.content() == null ? "TOO_LARGE" : null)
			.update();
	}
}
