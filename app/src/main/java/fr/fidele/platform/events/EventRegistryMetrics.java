package fr.fidele.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch of the event registry: events whose listeners have not completed yet, and how long the oldest
 * has waited. A growing backlog means a listener keeps failing (see the log) or the application cannot keep up.
 */
@Component
class EventRegistryMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	EventRegistryMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("fidele.events.incomplete", this, metrics -> metrics.count())
			.description("Event publications whose listener has not completed").register(registry);
		Gauge.builder("fidele.events.oldest.incomplete.age", this, metrics -> metrics.oldestAgeSeconds()).baseUnit("seconds")
			.description("Age of the oldest event publication not completed (0 when none)").register(registry);
	}

	private double count() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
	}

	private double oldestAgeSeconds() {
		return jdbc.sql("""
				select coalesce(extract(epoch from now() - min(publication_date)), 0) from event_publication where completion_date is null""")
			.query(Double.class).single();
	}
}
