package fr.fidele.people;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fidele.loyalty.AdvisorContribution;
import fr.fidele.loyalty.AdvisorContributions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Measures an objective over its period, for its advisor or the advisors of its team, with the published definitions:
 * CSAT the share of answers 4–5, NPS the promoters (9–10) minus the detractors (0–6) in points, FCR the share of the
 * requests the advisor opened resolved at once, the quality score the mean evaluation score; the loyalty contribution
 * is the loyalty tool's ratio as last counted (the team's, for a team).
 */
@Component
class ObjectiveProgress {

	/** Each measure's value and basis over the scope's advisors ({@code %s}) between two days. */
	private static final Map<ObjectiveMeasure, String> SQL = Map.of(
			ObjectiveMeasure.CSAT, """
					select 100.0 * count(*) filter (where score >= 4) / nullif(count(*), 0), count(*) from survey_score_facts
					where measure = 'CSAT' and advisor_id in (%s) and answered_at >= ? and answered_at < ?""",
			ObjectiveMeasure.NPS, """
					select 100.0 * (count(*) filter (where score >= 9) - count(*) filter (where score <= 6)) / nullif(count(*), 0), count(*)
					from survey_score_facts where measure = 'NPS' and advisor_id in (%s) and answered_at >= ? and answered_at < ?""",
			ObjectiveMeasure.FCR, """
					select 100.0 * count(*) filter (where c.resolved) / nullif(count(*), 0), count(*)
					from contact_leg_facts l join contact_facts c on c.id = l.contact_id and c.arrived_at = l.contact_arrived_at
					where l.seq = 1 and c.first_of_case and c.case_id is not null and l.advisor_id in (%s) and l.started_at >= ? and l.started_at < ?""",
			ObjectiveMeasure.QUALITY_SCORE, """
					select avg(score)::float8, count(score) from quality_evaluation_facts
					where advisor_id in (%s) and evaluated_at >= ? and evaluated_at < ?""");

	private final JdbcClient jdbc;
	private final AdvisorContributions contributions;

	ObjectiveProgress(JdbcClient jdbc, AdvisorContributions contributions) {
		this.jdbc = jdbc;
		this.contributions = contributions;
	}

	Progress of(Objective objective) {
		if (objective.measure() == ObjectiveMeasure.LOYALTY_CONTRIBUTION) {
			return loyalty(objective);
		}
		String scope = objective.advisorId() != null ? "?" : "select id from user_facts where team_id = ?";
		long scoped = objective.advisorId() != null ? objective.advisorId() : objective.teamId();
		return jdbc.sql(SQL.get(objective.measure()).formatted(scope))
			.params(scoped, Date.valueOf(objective.periodStart()), Date.valueOf(objective.periodEnd().plusDays(1)))
			.query((rs, n) -> new Progress(objective, rs.getObject(1) == null ? null : rs.getDouble(1), rs.getLong(2))).single();
	}

	private Progress loyalty(Objective objective) {
		List<AdvisorContribution> all = contributions.advisors();
		Optional<AdvisorContribution> row = all.stream()
			.filter(a -> objective.advisorId() != null ? a.advisorId() == objective.advisorId() : objective.teamId().equals(a.teamId()))
			.findFirst();
		if (row.isEmpty()) {
			return new Progress(objective, null, 0);
		}
		AdvisorContribution a = row.get();
		if (objective.advisorId() != null) {
			return new Progress(objective, a.enoughContacts() ? a.ratio() : null, a.contacts());
		}
		long contacts = all.stream().filter(c -> objective.teamId().equals(c.teamId())).mapToLong(AdvisorContribution::contacts).sum();
		return new Progress(objective, Double.isNaN(a.teamRatio()) ? null : a.teamRatio(), contacts);
	}
}
