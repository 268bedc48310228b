package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** How old the loyalty figures are: a nightly recomputation that stopped running shows as an age above a day. */
@Component
class LoyaltyMetrics implements MeterBinder {

	private final LoyaltyRefresh refresh;
	private final Clock clock;

	LoyaltyMetrics(LoyaltyRefresh refresh, Clock clock) {
		this.refresh = refresh;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("fidele.loyalty.figures.age", this, metrics -> metrics.ageSeconds()).baseUnit("seconds")
			.description("Time since the loyalty figures were last computed in full (NaN before the first time)").register(registry);
	}

	private double ageSeconds() {
		return refresh.lastRun().map(run -> (double) Duration.between(run, clock.instant()).toSeconds()).orElse(Double.NaN);
	}
}
