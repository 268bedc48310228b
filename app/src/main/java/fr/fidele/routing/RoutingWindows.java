package fr.fidele.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import fr.fidele.history.History;
import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing's time windows as they apply now: what an administrator set on the settings page, else the configuration
 * ({@code fidele.routing.*}). Read again at most every few seconds, so a change reaches every instance quickly
 * without a query per routing decision.
 */
@Service
public class RoutingWindows {

	/** The windows: a returning customer's advisor, how long they wait for them, an offer's life, an advisor's silence. */
	public record Windows(Duration stickyWindow, Duration stickyWait, Duration offerTimeout, Duration advisorTimeout) {
	}

	private static final Duration REREAD = Duration.ofSeconds(5);
	private static final Duration LONGEST = Duration.ofDays(90);

	private final JdbcClient jdbc;
	private final RoutingProperties properties;
	private final History history;
	private final Clock clock;
	private volatile Windows current;
	private volatile Instant readAt = Instant.MIN;

	RoutingWindows(JdbcClient jdbc, RoutingProperties properties, History history, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.history = history;
		this.clock = clock;
	}

	public Windows current() {
		Instant now = clock.instant();
		if (current == null || readAt.plus(REREAD).isBefore(now)) {
			current = read();
			readAt = now;
		}
		return current;
	}

	/** Sets the windows (each at least a second, at most 90 days; a customer's advisor may be kept 0 s: never). */
	@Transactional
	public Windows change(Windows windows, String reason) {
		check("stickyWindow", windows.stickyWindow(), Duration.ZERO);
		check("stickyWait", windows.stickyWait(), Duration.ZERO);
		check("offerTimeout", windows.offerTimeout(), Duration.ofSeconds(1));
		check("advisorTimeout", windows.advisorTimeout(), Duration.ofSeconds(1));
		Windows before = current();
		jdbc.sql("""
				insert into routing_setting (id, sticky_window_seconds, sticky_wait_seconds, offer_timeout_seconds, advisor_timeout_seconds,
				    updated_by) values (1, ?, ?, ?, ?, ?)
				on conflict (id) do update set sticky_window_seconds = excluded.sticky_window_seconds,
				    sticky_wait_seconds = excluded.sticky_wait_seconds, offer_timeout_seconds = excluded.offer_timeout_seconds,
				    advisor_timeout_seconds = excluded.advisor_timeout_seconds, updated_by = excluded.updated_by, updated_at = now()""")
			.params(windows.stickyWindow().toSeconds(), windows.stickyWait().toSeconds(), windows.offerTimeout().toSeconds(),
					windows.advisorTimeout().toSeconds(), CurrentActor.name())
			.update();
		history.record("routing-settings", 1, "changed", reason, Map.of("from", before.toString(), "to", windows.toString()));
		current = null;
		return current();
	}

	private Windows read() {
		return jdbc.sql("""
				select sticky_window_seconds, sticky_wait_seconds, offer_timeout_seconds, advisor_timeout_seconds from routing_setting
				where id = 1""")
			.query((rs, n) -> new Windows(or(rs.getObject(1), properties.stickyWindow()), or(rs.getObject(2), properties.stickyWait()),
					or(rs.getObject(3), properties.offerTimeout()), or(rs.getObject(4), properties.advisorTimeout())))
			.optional()
			.orElseGet(() -> new Windows(properties.stickyWindow(), properties.stickyWait(), properties.offerTimeout(),
					properties.advisorTimeout()));
	}

	private static Duration or(Object seconds, Duration configured) {
		return seconds == null ? configured : Duration.ofSeconds(((Number) seconds).longValue());
	}

	private static void check(String field, Duration value, Duration least) {
		if (value == null || value.compareTo(least) < 0 || value.compareTo(LONGEST) > 0) {
			throw new InvalidFieldException(field, "between", least.toSeconds() + " s", LONGEST.toDays() + " d");
		}
	}
}
