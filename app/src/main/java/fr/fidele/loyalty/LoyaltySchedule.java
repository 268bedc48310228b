package fr.fidele.loyalty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import fr.fidele.history.History;
import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When every loyalty figure is computed again: the cron set on the schedule page, else the configuration's
 * ({@code fidele.loyalty.recompute-cron}). The scheduler asks it at each run for the next one, so a change applies
 * from the next run on, without a restart.
 */
@Service
public class LoyaltySchedule {

	private final JdbcClient jdbc;
	private final LoyaltyProperties properties;
	private final History history;

	LoyaltySchedule(JdbcClient jdbc, LoyaltyProperties properties, History history) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.history = history;
	}

	public String cron() {
		return jdbc.sql("select cron from loyalty_schedule where id = 1").query(String.class).optional().orElse(properties.recomputeCron());
	}

	/** The next run after {@code after}, in the server's time zone. */
	public Instant nextRun(Instant after) {
		ZonedDateTime next = CronExpression.parse(cron()).next(after.atZone(ZoneId.systemDefault()));
		return next == null ? Instant.MAX : next.toInstant();
	}

	@Transactional
	public String change(String cron, String reason) {
		if (cron == null || !CronExpression.isValidExpression(cron.strip())) {
			throw new InvalidFieldException("cron", "cronFormat", String.valueOf(cron));
		}
		String before = cron();
		jdbc.sql("""
				insert into loyalty_schedule (id, cron, updated_by) values (1, ?, ?)
				on conflict (id) do update set cron = excluded.cron, updated_by = excluded.updated_by, updated_at = now()""")
			.params(cron.strip(), CurrentActor.name()).update();
		history.record("loyalty-schedule", 1, "changed", reason, Map.of("from", before, "to", cron.strip()));
		return cron();
	}
}
