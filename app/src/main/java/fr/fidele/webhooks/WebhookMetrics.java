package fr.fidele.webhooks;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deliveries waiting to be sent, and subscriptions stopped after repeated failures (a receiver down). */
@Component
class WebhookMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	WebhookMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("fidele.webhooks.pending", this, metrics -> metrics.count("select count(*) from webhook_delivery where state = 'PENDING'"))
			.description("Webhook deliveries not yet delivered nor given up").register(registry);
		Gauge.builder("fidele.webhooks.stopped", this,
				metrics -> metrics.count("select count(*) from webhook_subscription where not active"))
			.description("Webhook subscriptions stopped after repeated failures").register(registry);
	}

	private double count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
