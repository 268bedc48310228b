package fr.fidele.routing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operators watch of routing, from the state every instance shares: items waiting in the queues, the longest
 * wait, and advisors available. Waits growing while advisors are available means assignment is stuck.
 */
@Component
class RoutingMetrics implements MeterBinder {

	private final JdbcClient jdbc;

	RoutingMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("fidele.routing.waiting", this, metrics -> metrics.value("select count(*) from work_item where state = 'QUEUED'"))
			.description("Items waiting in the queues").register(registry);
		Gauge.builder("fidele.routing.longest.wait", this, metrics -> metrics.value("""
				select coalesce(extract(epoch from now() - min(queued_at)), 0) from work_item where state = 'QUEUED'"""))
			.baseUnit("seconds").description("How long the item waiting longest has waited (0 when none)").register(registry);
		Gauge.builder("fidele.routing.available.advisors", this,
				metrics -> metrics.value("select count(*) from advisor_routing where presence = 'AVAILABLE'"))
			.description("Advisors available for work").register(registry);
	}

	private double value(String sql) {
		return jdbc.sql(sql).query(Number.class).single().doubleValue();
	}
}
