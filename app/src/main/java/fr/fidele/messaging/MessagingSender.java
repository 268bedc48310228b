package fr.fidele.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.platform.RetryWaits;
import fr.fidele.platform.web.WebhookSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the replies waiting to their channel's outbound webhook, signed like Fidèle's webhooks and with the reply's
 * own id as {@code Idempotency-Key}, so that a provider receiving one twice (an answer lost on the way back) sends it
 * once. A refusal or a provider out of reach is retried after 30 s, then a wait that doubles up to an hour; after
 * {@value #ATTEMPTS} attempts the reply is FAILED with the provider's answer, which the workspace and the case file
 * show. Due replies are locked ({@code skip locked}): several instances share them and none is sent twice at once.
 */
@Component
class MessagingSender implements SchedulingConfigurer {

	static final int ATTEMPTS = 8;
	private static final Logger log = LoggerFactory.getLogger(MessagingSender.class);
	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
	private static final Duration LONGEST_WAIT = Duration.ofHours(1);
	private static final int LONGEST_ERROR = 500;

	private record Pending(long id, String url, String secret, String threadId, String to, String text, String author, int attempts) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final MessagingProperties settings;
	private final JsonMapper json;
	private final Clock clock;
	private final HttpClient http;

	MessagingSender(JdbcClient jdbc, TransactionTemplate transaction, MessagingProperties settings, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::sendDue, settings.sendInterval());
	}

	void sendDue() {
		transaction.executeWithoutResult(status -> due().forEach(this::send));
	}

	private List<Pending> due() {
		return jdbc.sql("""
				select m.id, c.outbound_url, c.secret, t.external_id, t.author_id, m.body, m.author_name, m.attempts
				from messaging_message m join messaging_thread t on t.id = m.thread_id join messaging_channel c on c.id = m.channel_id
				where m.send_state = 'PENDING' and m.next_attempt_at <= ? and c.enabled
				order by m.next_attempt_at limit 20 for update of m skip locked""")
			.param(Timestamp.from(clock.instant()))
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getInt(8)))
			.list();
	}

	private void send(Pending reply) {
		Instant now = clock.instant();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("messageId", "fidele-" + reply.id());
		payload.put("threadId", reply.threadId());
		payload.put("to", reply.to());
		payload.put("text", reply.text());
		payload.put("author", reply.author());
		String body = json.writeValueAsString(payload);
		try {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(reply.url())).timeout(settings.timeout())
				.header("Content-Type", "application/json").header("Idempotency-Key", "fidele-" + reply.id())
				.header(WebhookSignature.HEADER, WebhookSignature.header(reply.secret(), now.getEpochSecond(), body))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() / 100 == 2) {
				jdbc.sql("update messaging_message set send_state = 'SENT', sent_at = ?, attempts = attempts + 1, send_error = null where id = ?")
					.params(Timestamp.from(now), reply.id()).update();
				return;
			}
			failed(reply, now, "HTTP " + answer.statusCode() + " " + answer.body());
		}
		catch (java.io.IOException | RuntimeException unreachable) {
			failed(reply, now, unreachable.getMessage() == null ? unreachable.getClass().getSimpleName() : unreachable.getMessage());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			failed(reply, now, "interrupted");
		}
	}

	private void failed(Pending reply, Instant now, String error) {
		int attempts = reply.attempts() + 1;
		boolean givenUp = attempts >= ATTEMPTS;
		String kept = error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error;
		jdbc.sql("update messaging_message set send_state = ?, attempts = ?, next_attempt_at = ?, send_error = ? where id = ?")
			.params(givenUp ? "FAILED" : "PENDING", attempts, Timestamp.from(now.plus(RetryWaits.after(attempts, FIRST_RETRY, LONGEST_WAIT))), kept,
					reply.id())
			.update();
		log.warn("Messaging reply {} not delivered (attempt {}{}): {}", reply.id(), attempts, givenUp ? ", given up" : "", kept);
	}
}
