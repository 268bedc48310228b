package fr.fidele.webhooks;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.ReceiverUrl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receivers an administrator subscribes to events: an https address (plain http only where allowed), the events
 * wanted, and a secret generated here and shown once, with which every delivery is signed ({@link WebhookSignature}).
 */
@Service
public class WebhookSubscriptions {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String SELECT = """
			select id, url, events, active, consecutive_failures, disabled_reason, created_at, created_by from webhook_subscription""";

	/** A subscription as shown: never its secret, which is shown once at creation. */
	public record Subscription(long id, String url, List<String> events, boolean active, int consecutiveFailures,
			String disabledReason, Instant createdAt, String createdBy) {
	}

	/** A new subscription and its secret, the only time it is shown. */
	public record Created(Subscription subscription, String secret) {
	}

	/** One delivery: its event, state, attempts, and the receiver's last answer. */
	public record Delivery(long id, String eventType, String state, int attempts, Integer lastStatus, String lastResponse,
			Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt) {
	}

	private final JdbcClient jdbc;
	private final WebhookProperties properties;

	WebhookSubscriptions(JdbcClient jdbc, WebhookProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Transactional
	public Created subscribe(String url, Set<String> events) {
		ReceiverUrl.check("url", url, properties.allowPlainHttp());
		if (events == null || events.isEmpty()) {
			throw new InvalidFieldException("events", "required");
		}
		for (String event : events) {
			if (WebhookEvent.fromWire(event).isEmpty()) {
				throw new InvalidFieldException("events", "oneOf", java.util.Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wire).toList());
			}
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = jdbc.sql("insert into webhook_subscription (url, secret, events, created_by) values (?, ?, ?::text[], ?) returning id")
			.params(url, secret, "{" + String.join(",", events.stream().sorted().toList()) + "}", CurrentActor.name())
			.query(Long.class).single();
		return new Created(find(id), secret);
	}

	public List<Subscription> all() {
		return jdbc.sql(SELECT + " order by id").query(WebhookSubscriptions::subscription).list();
	}

	public Subscription find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(WebhookSubscriptions::subscription).optional()
			.orElseThrow(() -> new NotFoundException("webhook", id));
	}

	@Transactional
	public void delete(long id) {
		if (jdbc.sql("delete from webhook_subscription where id = ?").param(id).update() == 0) {
			throw new NotFoundException("webhook", id);
		}
	}

	/** Starts sending again to a subscription stopped after failures; its failed deliveries are not resent. */
	@Transactional
	public Subscription enable(long id) {
		find(id);
		jdbc.sql("update webhook_subscription set active = true, consecutive_failures = 0, disabled_reason = null where id = ?").param(id)
			.update();
		return find(id);
	}

	/** The latest deliveries to a subscription, newest first. */
	public List<Delivery> deliveries(long id, int limit) {
		find(id);
		return jdbc.sql("""
				select id, event_type, state, attempts, last_status, last_response, created_at, last_attempt_at, next_attempt_at
				from webhook_delivery where subscription_id = ? order by id desc limit ?""")
			.params(id, Math.min(Math.max(limit, 1), 500))
			.query((rs, n) -> new Delivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), (Integer) rs.getObject(5),
					rs.getString(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9))))
			.list();
	}

	private static Subscription subscription(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Subscription(rs.getLong(1), rs.getString(2), List.of((String[]) rs.getArray(3).getArray()), rs.getBoolean(4),
				rs.getInt(5), rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(8));
	}

	private static Instant instant(Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}
