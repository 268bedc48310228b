package fr.fidele.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.fidele.platform.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Objectives set by supervisors, and where each stands. */
@Service
public class Objectives {

	private final JdbcClient jdbc;
	private final ObjectiveRules rules;
	private final ObjectiveProgress progress;
	private final Clock clock;

	Objectives(JdbcClient jdbc, ObjectiveRules rules, ObjectiveProgress progress, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.progress = progress;
		this.clock = clock;
	}

	@Transactional
	public Progress set(NewObjective objective, long setBy) {
		ObjectiveMeasure measure = rules.check(objective);
		long id = jdbc.sql("""
				insert into objective (advisor_id, team_id, measure, target, period_start, period_end, note, set_by, set_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(objective.advisorId(), objective.teamId(), measure.name(), objective.target(), Date.valueOf(objective.periodStart()),
					Date.valueOf(objective.periodEnd()), objective.note() == null || objective.note().isBlank() ? null : StorableText.of(objective.note().strip()),
					setBy, Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return progress.of(get(id));
	}

	/** The advisor's objectives still running or ended in the last 90 days, and their team's, with their progress. */
	public List<Progress> ofAdvisor(long advisorId, Long teamId) {
		return jdbc.sql("""
				select * from objective where (advisor_id = ? or team_id = ?) and period_end >= ? order by period_end, id""")
			.params(advisorId, teamId, Date.valueOf(LocalDate.now(clock).minusDays(90))).query(Objectives::objective).list().stream()
			.map(progress::of).toList();
	}

	/** Every objective still running or ended in the last 90 days, with its progress. */
	public List<Progress> current() {
		return jdbc.sql("select * from objective where period_end >= ? order by team_id nulls last, advisor_id, period_end, id")
			.param(Date.valueOf(LocalDate.now(clock).minusDays(90))).query(Objectives::objective).list().stream().map(progress::of).toList();
	}

	Objective get(long id) {
		return jdbc.sql("select * from objective where id = ?").param(id).query(Objectives::objective).single();
	}

	private static Objective objective(ResultSet rs, int row) throws SQLException {
		return new Objective(rs.getLong("id"), (Long) rs.getObject("advisor_id"), (Long) rs.getObject("team_id"),
				ObjectiveMeasure.valueOf(rs.getString("measure")), rs.getBigDecimal("target"), rs.getObject("period_start", LocalDate.class),
				rs.getObject("period_end", LocalDate.class), rs.getString("note"), rs.getLong("set_by"), rs.getTimestamp("set_at").toInstant());
	}
}
