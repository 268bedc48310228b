package fr.fidele.people;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether the teams whose advisors are more satisfied have more satisfied and more loyal customers: over every team's
 * month shown ({@link Pulse#FEWEST_SHOWN} answers or more), the advisors' mean satisfaction beside the share of CSAT
 * answers 4–5 about that team's contacts that month, and beside the share of the customers that team served that month
 * who left within {@value #LEFT_WITHIN_DAYS} days; each with Pearson's r and its 95% interval. A correlation between
 * teams, not an effect: a team with easier customers may be happier too.
 */
@Service
public class PulseRelation {

	static final int LEFT_WITHIN_DAYS = 90;

	/** One team's month: the advisors' satisfaction, their customers' CSAT share and churn share (null: nothing to measure). */
	public record Point(Long teamId, String team, java.time.LocalDate month, double advisorsSatisfied, Double customersSatisfied, Double customersLeft) {
	}

	/** The points and the two correlations. */
	public record Relation(List<Point> points, Correlation withSatisfaction, Correlation withLeaving) {
	}

	private final JdbcClient jdbc;
	private final Pulse pulse;

	PulseRelation(JdbcClient jdbc, Pulse pulse) {
		this.jdbc = jdbc;
		this.pulse = pulse;
	}

	public Relation of() {
		List<Point> points = new ArrayList<>();
		for (Pulse.TeamMonth month : pulse.byTeam()) {
			if (month.teamId() == null) {
				continue;
			}
			Date from = Date.valueOf(month.month());
			Date to = Date.valueOf(month.month().plusMonths(1));
			Double csat = jdbc.sql("""
					select (1.0 * count(*) filter (where s.score >= 4) / nullif(count(*), 0))::float8 from survey_score_facts s
					where s.measure = 'CSAT' and s.answered_at >= ? and s.answered_at < ?
					  and s.advisor_id in (select id from user_facts where team_id = ?)""")
				.params(from, to, month.teamId()).query(PulseRelation::share).list().get(0);
			Double left = jdbc.sql("""
					select (1.0 * count(*) filter (where x.churned_on is not null and x.churned_on <= x.last_served + ?) / nullif(count(*), 0))::float8
					from (select c.customer_id, max(l.started_at)::date as last_served, max(u.churned_on) as churned_on
					      from contact_leg_facts l join contact_facts c on c.id = l.contact_id and c.arrived_at = l.contact_arrived_at join customer_facts u on u.id = c.customer_id
					      where l.started_at >= ? and l.started_at < ? and l.advisor_id in (select id from user_facts where team_id = ?)
					      group by c.customer_id) x""")
				.params(LEFT_WITHIN_DAYS, from, to, month.teamId()).query(PulseRelation::share).list().get(0);
			points.add(new Point(month.teamId(), month.team(), month.month(), month.satisfied(), csat, left));
		}
		return new Relation(points, correlate(points, true), correlate(points, false));
	}

	/** A share, or null when there was nothing to share (one row always; single() would refuse the null). */
	private static Double share(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return (Double) rs.getObject(1);
	}

	private static Correlation correlate(List<Point> points, boolean satisfaction) {
		List<Point> measured = points.stream().filter(p -> (satisfaction ? p.customersSatisfied() : p.customersLeft()) != null).toList();
		double[] x = measured.stream().mapToDouble(Point::advisorsSatisfied).toArray();
		double[] y = measured.stream().mapToDouble(p -> satisfaction ? p.customersSatisfied() : p.customersLeft()).toArray();
		return Correlation.of(x, y);
	}
}
