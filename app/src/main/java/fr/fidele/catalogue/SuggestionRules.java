package fr.fidele.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' rules on the moments when suggestions are held back: by default nothing is suggested to a customer
 * with an open complaint or a cancellation request; a supervisor may allow it, and the rule keeps who and when.
 */
@Service
public class SuggestionRules {

	private final JdbcClient jdbc;
	private final Clock clock;

	SuggestionRules(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** For each situation, whether suggestions are allowed in it. */
	public Map<RuleSituation, Boolean> all() {
		Map<RuleSituation, Boolean> rules = new EnumMap<>(RuleSituation.class);
		for (RuleSituation situation : RuleSituation.values()) {
			rules.put(situation, false);
		}
		jdbc.sql("select situation, allowed from suggestion_rule").query(rs -> {
			rules.put(RuleSituation.valueOf(rs.getString(1)), rs.getBoolean(2));
		});
		return rules;
	}

	@Transactional
	public Map<RuleSituation, Boolean> set(RuleSituation situation, boolean allowed, long supervisorId) {
		jdbc.sql("""
				insert into suggestion_rule (situation, allowed, set_by, set_at) values (?, ?, ?, ?)
				on conflict (situation) do update set allowed = excluded.allowed, set_by = excluded.set_by, set_at = excluded.set_at""")
			.params(situation.name(), allowed, supervisorId, Timestamp.from(clock.instant())).update();
		return all();
	}
}
