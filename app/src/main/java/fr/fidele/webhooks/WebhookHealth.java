package fr.fidele.webhooks;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhook sender's part of the health details (administrators only): deliveries waiting and subscriptions stopped
 * after failures. A receiver down is not Fidèle down: it stays UP and says so.
 */
@Component("webhooks")
class WebhookHealth implements HealthIndicator {

	private final JdbcClient jdbc;

	WebhookHealth(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Health health() {
		long pending = jdbc.sql("select count(*) from webhook_delivery where state = 'PENDING'").query(Long.class).single();
		long stopped = jdbc.sql("select count(*) from webhook_subscription where not active").query(Long.class).single();
		return Health.up().withDetail("pendingDeliveries", pending).withDetail("stoppedSubscriptions", stopped).build();
	}
}
