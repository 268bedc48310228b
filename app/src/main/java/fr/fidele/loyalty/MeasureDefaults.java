package fr.fidele.loyalty;

import java.util.Map;

import fr.fidele.history.History;
import fr.fidele.platform.CurrentActor;
import fr.fidele.stats.measures.CallRecords.AbandonedCalls;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thresholds of the service measures a company chooses (short abandons, service-level target, how abandons
 * count, the resolution window): used by every report that does not name its own, else the documented defaults.
 */
@Service
public class MeasureDefaults {

	private final JdbcClient jdbc;
	private final History history;

	MeasureDefaults(JdbcClient jdbc, History history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	public MeasureSettings current() {
		return jdbc.sql("select short_abandon_seconds, target_seconds, abandoned_calls, resolution_days from measure_defaults where id = 1")
			.query((rs, n) -> new MeasureSettings(rs.getInt(1), rs.getInt(2), AbandonedCalls.valueOf(rs.getString(3)), rs.getInt(4)))
			.optional().orElseGet(MeasureSettings::defaults);
	}

	/** The company's thresholds (checked by {@link MeasureSettings}), kept in the history with the reason given. */
	@Transactional
	public MeasureSettings change(MeasureSettings settings, String reason) {
		MeasureSettings before = current();
		jdbc.sql("""
				insert into measure_defaults (id, short_abandon_seconds, target_seconds, abandoned_calls, resolution_days, updated_by)
				values (1, ?, ?, ?, ?, ?)
				on conflict (id) do update set short_abandon_seconds = excluded.short_abandon_seconds,
				    target_seconds = excluded.target_seconds, abandoned_calls = excluded.abandoned_calls,
				    resolution_days = excluded.resolution_days, updated_by = excluded.updated_by, updated_at = now()""")
			.params(settings.shortAbandonSeconds(), settings.targetSeconds(), settings.abandonedCalls().name(), settings.resolutionDays(),
					CurrentActor.name())
			.update();
		history.record("measure-defaults", 1, "changed", reason, Map.of("from", before.toString(), "to", settings.toString()));
		return current();
	}
}
