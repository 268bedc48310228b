package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The loyalty job's part of the health details (administrators only): when the figures were last computed in full.
 * Stale figures do not make Fidèle unhealthy (the pages still answer), so it stays UP and says how old they are.
 */
@Component("loyaltyFigures")
class LoyaltyHealth implements HealthIndicator {

	private final LoyaltyRefresh refresh;
	private final Clock clock;

	LoyaltyHealth(LoyaltyRefresh refresh, Clock clock) {
		this.refresh = refresh;
		this.clock = clock;
	}

	@Override
	public Health health() {
		return refresh.lastRun()
			.map(run -> Health.up().withDetail("lastComputed", run.toString())
				.withDetail("ageMinutes", Duration.between(run, clock.instant()).toMinutes()).build())
			.orElseGet(() -> Health.up().withDetail("lastComputed", "not yet since start-up").build());
	}
}
