package fr.fidele.loyalty;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import fr.fidele.history.History;
import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current value of every {@link Assumption}: the director's, or the default. Changes are kept in the history. */
@Service
public class Assumptions {

	private static final double MAX = 1_000_000;

	private final JdbcClient jdbc;
	private final History history;

	Assumptions(JdbcClient jdbc, History history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	public Map<Assumption, Double> current() {
		Map<Assumption, Double> values = new EnumMap<>(Assumption.class);
		for (Assumption assumption : Assumption.values()) {
			values.put(assumption, assumption.defaultValue());
		}
		jdbc.sql("select key, value from loyalty_setting").query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2)))
			.list().forEach(e -> values.put(Assumption.valueOf(e.getKey()), e.getValue()));
		return values;
	}

	@Transactional
	public void change(Assumption assumption, double value, String reason) {
		if (!(value >= 0 && value <= MAX)) {
			throw new InvalidFieldException(assumption.name(), "between", 0, (long) MAX);
		}
		double before = current().get(assumption);
		jdbc.sql("""
				insert into loyalty_setting (key, value, updated_by) values (?, ?, ?)
				on conflict (key) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now()""")
			.params(assumption.name(), BigDecimal.valueOf(value), CurrentActor.name()).update();
		history.record("loyalty-assumption", assumption.ordinal(), "changed " + assumption, reason,
				Map.of("from", before, "to", value));
	}
}
