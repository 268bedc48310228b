package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Service measures that took long to compute (over millions of contacts), kept for a while so that a dashboard
 * answers at once: a report computed in more than {@code fidele.loyalty.slow-report-threshold} (default 1 s) is
 * reused for {@code fidele.loyalty.slow-report-max-age} (default 10 minutes), and the one of the whole service is
 * computed again in the background before it gets older. A report computed quickly is never kept: on a small
 * service, or a narrow filter, every figure is fresh. Each report says when it was computed.
 */
@Component
class SlowReports {

	/** What a report is computed for. */
	record Key(ContactFilter filter, MeasureSettings settings) {
	}

	private record Kept(ServiceReport report, Instant keptAt) {
	}

	private static final int CAPACITY = 64;

	private final Duration threshold;
	private final Duration maxAge;
	private final Clock clock;
	private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

	SlowReports(LoyaltyProperties properties, Clock clock) {
		this.threshold = properties.slowReportThreshold();
		this.maxAge = properties.slowReportMaxAge();
		this.clock = clock;
	}

	ServiceReport get(Key key, Supplier<ServiceReport> compute) {
		Kept hit = kept.get(key);
		if (hit != null && hit.keptAt().plus(maxAge).isAfter(clock.instant())) {
			return hit.report();
		}
		Instant started = clock.instant();
		ServiceReport report = compute.get();
		if (Duration.between(started, clock.instant()).compareTo(threshold) > 0) {
			keep(key, report);
		}
		else {
			kept.remove(key);
		}
		return report;
	}

	boolean holds(Key key) {
		return kept.containsKey(key);
	}

	void replace(Key key, ServiceReport report) {
		keep(key, report);
	}

	private void keep(Key key, ServiceReport report) {
		if (kept.size() >= CAPACITY) {
			kept.keySet().stream().filter(k -> !k.equals(key)).findAny().ifPresent(kept::remove);
		}
		kept.put(key, new Kept(report, clock.instant()));
	}
}
