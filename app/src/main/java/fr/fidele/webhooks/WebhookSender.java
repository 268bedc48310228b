package fr.fidele.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.fidele.platform.web.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due deliveries, a few at a time, each signed. A 2xx answer delivers it; anything else (or no answer in
 * time) is retried after a wait that doubles, until the last attempt fails it. Consecutive failures of a subscription
 * stop it, with the reason kept for the administrator and a warning in the log. Due deliveries are locked while sent,
 * so several instances never send one twice at once.
 */
@Component
class WebhookSender implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
	/** Sent in one transaction that keeps them locked: at most this many receivers' timeouts long. */
	private static final int BATCH = 10;
	private static final int KEPT_RESPONSE = 500;

	private record Due(long id, long subscriptionId, String url, String secret, String payload, int attempts) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final WebhookProperties properties;
	private final Clock clock;
	private final HttpClient http;

	WebhookSender(JdbcClient jdbc, TransactionTemplate transaction, WebhookProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::sendDue, properties.sendInterval());
	}

	/** Sends what is due now. */
	void sendDue() {
		transaction.executeWithoutResult(status -> {
			List<Due> due = jdbc.sql("""
					select d.id, d.subscription_id, s.url, s.secret, d.payload::text, d.attempts
					from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
					where d.state = 'PENDING' and d.next_attempt_at <= ? and s.active
					order by d.next_attempt_at, d.id limit ? for update of d skip locked""")
				.params(Timestamp.from(clock.instant()), BATCH)
				.query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
				.list();
			due.forEach(this::attempt);
		});
	}

	private void attempt(Due delivery) {
		Instant now = clock.instant();
		Integer status = null;
		String answer;
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(delivery.url())).timeout(properties.timeout())
				.header("Content-Type", "application/json")
				// the same id at each attempt: a receiver that got it twice (an answer lost on the way back) ignores the second
				.header("Fidele-Delivery", String.valueOf(delivery.id()))
				.header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), now.getEpochSecond(), delivery.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(delivery.payload())).build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			answer = response.body();
		}
		catch (IOException e) {
			answer = e.getClass().getSimpleName() + ": " + e.getMessage();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			answer = "interrupted";
		}
		boolean delivered = status != null && status >= 200 && status < 300;
		record(delivery, now, status, answer, delivered);
	}

	private void record(Due delivery, Instant now, Integer status, String answer, boolean delivered) {
		int attempts = delivery.attempts() + 1;
		String state = delivered ? "DELIVERED" : attempts >= properties.maxAttempts() ? "FAILED" : "PENDING";
		jdbc.sql("""
				update webhook_delivery set attempts = ?, state = ?, last_status = ?, last_response = ?, last_attempt_at = ?,
				    next_attempt_at = ? where id = ?""")
			.params(attempts, state, status, answer == null ? null : answer.substring(0, Math.min(answer.length(), KEPT_RESPONSE)),
					Timestamp.from(now), Timestamp.from(now.plus(retryAfter(attempts))), delivery.id())
			.update();
		if (delivered) {
			jdbc.sql("update webhook_subscription set consecutive_failures = 0 where id = ?").param(delivery.subscriptionId()).update();
			return;
		}
		int failures = jdbc.sql("update webhook_subscription set consecutive_failures = consecutive_failures + 1 where id = ? returning consecutive_failures")
			.param(delivery.subscriptionId()).query(Integer.class).single();
		if (failures >= properties.disableAfter()) {
			String reason = failures + " failed attempts in a row; last: " + (status == null ? answer : "HTTP " + status);
			jdbc.sql("update webhook_subscription set active = false, disabled_reason = ? where id = ? and active")
				.params(reason.substring(0, Math.min(reason.length(), KEPT_RESPONSE)), delivery.subscriptionId()).update();
			log.warn("Webhook subscription {} to {} stopped: {}", delivery.subscriptionId(), delivery.url(), reason);
		}
	}

	/** The wait before the next attempt: the first retry's, doubled at each attempt, never above the longest. */
	Duration retryAfter(int attempts) {
		Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(properties.longestRetry()) > 0 ? properties.longestRetry() : wait;
	}
}
