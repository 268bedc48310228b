package fr.fidele.people;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisors' monthly pulse (seed 002: satisfied advisors make satisfied customers): three statements answered 1 to
 * 5, anonymously — the answer keeps the team and the month, never the advisor — once a month each. A team's month is
 * shown once it has ended, and from {@value #FEWEST_SHOWN} answers, so that nobody's answer can be told apart: a month
 * shown while it runs would let whoever reads it before and after one more answer work that answer out.
 */
@Service
public class Pulse {

	/** The fewest answers a team's month is shown with. */
	public static final int FEWEST_SHOWN = 5;

	/** A team's month: how many answered and the mean of each statement. */
	public record TeamMonth(Long teamId, String team, LocalDate month, long answers, double satisfied, double equipped, double recommend) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Pulse(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void answer(SignedInUser advisor, Integer satisfied, Integer equipped, Integer recommend) {
		check("satisfied", satisfied);
		check("equipped", equipped);
		check("recommend", recommend);
		Date month = Date.valueOf(YearMonth.now(clock).atDay(1));
		int first = jdbc.sql("insert into pulse_participation (advisor_id, month) values (?, ?) on conflict do nothing").params(advisor.id(), month)
			.update();
		if (first == 0) {
			throw new ConflictException("pulseAlreadyAnswered");
		}
		jdbc.sql("insert into pulse_answer (team_id, month, satisfied, equipped, recommend) values (?, ?, ?, ?, ?)")
			.params(advisor.teamId(), month, satisfied, equipped, recommend).update();
	}

	public boolean answeredThisMonth(long advisorId) {
		return jdbc.sql("select exists (select 1 from pulse_participation where advisor_id = ? and month = ?)")
			.params(advisorId, Date.valueOf(YearMonth.now(clock).atDay(1))).query(Boolean.class).single();
	}

	/** Each team's ended months with enough answers to be shown, the latest first. */
	public List<TeamMonth> byTeam() {
		return jdbc.sql("""
				select p.team_id, t.team_name, p.month, count(*) as n, avg(p.satisfied)::float8, avg(p.equipped)::float8, avg(p.recommend)::float8
				from pulse_answer p left join (select distinct team_id, team_name from user_facts) t on t.team_id = p.team_id
				where p.month < ?
				group by p.team_id, t.team_name, p.month having count(*) >= ? order by p.month desc, t.team_name""")
			.params(Date.valueOf(YearMonth.now(clock).atDay(1)), FEWEST_SHOWN)
			.query((rs, n) -> new TeamMonth((Long) rs.getObject(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getDouble(5),
					rs.getDouble(6), rs.getDouble(7)))
			.list();
	}

	/** Loads the answers of past months (a company's past: the demo's), each already anonymous. */
	@Transactional
	public void load(List<TeamAnswer> answers) {
		for (TeamAnswer a : answers) {
			check("satisfied", a.satisfied());
			check("equipped", a.equipped());
			check("recommend", a.recommend());
			jdbc.sql("insert into pulse_answer (team_id, month, satisfied, equipped, recommend) values (?, ?, ?, ?, ?)")
				.params(a.teamId(), Date.valueOf(a.month().atDay(1)), a.satisfied(), a.equipped(), a.recommend()).update();
		}
	}

	/** A past month's answer, as anonymous as any: its team and month only. */
	public record TeamAnswer(Long teamId, YearMonth month, Integer satisfied, Integer equipped, Integer recommend) {
	}

	private static void check(String field, Integer value) {
		if (value == null || value < 1 || value > 5) {
			throw new InvalidFieldException(field, "between", 1, 5);
		}
	}
}
