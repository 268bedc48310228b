package fr.fidele.quality;

import java.util.List;

import fr.fidele.loyalty.PracticeEffects;
import fr.fidele.platform.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the evaluations say, per advisor, per criterion, and whether contacts that score well keep customers: the
 * hazard ratio of churn of customers after a contact of theirs scored well (at or above its grid's pass mark, no
 * critical failure) against customers whose evaluated contacts never did ({@link PracticeEffects}: evaluated is the
 * "offered", scored well the "taken"). Calibration scores are left out: they measure the evaluators.
 */
@Service
public class QualityFigures {

	/** The practice's name in the decision tool. */
	public static final String SCORED_WELL = "scored well";

	/** One advisor's evaluations: how many, their mean score, the share scored well (Wilson interval). */
	public record AdvisorQuality(long advisorId, String name, long evaluations, Double meanScore, Share scoredWell, long criticalFailures,
			long contested) {
	}

	/** One criterion of a grid version: how often it applied, and its mean answer in percent of its scale. */
	public record CriterionQuality(int position, Criterion criterion, long applied, Double meanPercent) {
	}

	/** How an advisor does on the criteria that observe one skill: their mean answer in percent of its scale, on how many answers. */
	public record SkillScore(Skill skill, double meanPercent, long answers) {
	}

	/** An answer ({@code a}) in percent of its criterion's ({@code c}) scale: yes 100, no 0, 4 on 1–5 75. */
	private static final String PERCENT_OF_SCALE = "case when c.kind = 'YES_NO' then a.value * 100.0 else (a.value - 1) * 100.0 / (c.scale_max - 1) end";

	private final JdbcClient jdbc;
	private final Grids grids;
	private final PracticeEffects practices;

	QualityFigures(JdbcClient jdbc, Grids grids, PracticeEffects practices) {
		this.jdbc = jdbc;
		this.grids = grids;
		this.practices = practices;
	}

	public List<AdvisorQuality> byAdvisor() {
		return jdbc.sql("""
				select f.advisor_id, coalesce(u.display_name, u.username) as name, count(*) as n, avg(f.score)::float8 as mean,
				       count(*) filter (where f.scored_well) as well, count(*) filter (where f.critical_failed) as critical,
				       count(*) filter (where e.contested_at is not null) as contested
				from quality_evaluation_facts f join quality_evaluation e on e.id = f.id left join user_facts u on u.id = f.advisor_id
				group by f.advisor_id, u.display_name, u.username order by name""")
			.query((rs, n) -> new AdvisorQuality(rs.getLong("advisor_id"), rs.getString("name"), rs.getLong("n"), (Double) rs.getObject("mean"),
					Share.of(rs.getLong("well"), rs.getLong("n")), rs.getLong("critical"), rs.getLong("contested")))
			.list();
	}

	/** Each criterion of one grid version, optionally for one advisor's evaluations only. */
	public List<CriterionQuality> byCriterion(long gridId, Long advisorId) {
		Grid grid = grids.grid(gridId);
		return jdbc.sql("""
				select a.position, count(a.value) as applied,
				       avg(%s)::float8 as mean
				from quality_answer a join quality_evaluation e on e.id = a.evaluation_id
				     join quality_criterion c on c.grid_id = e.grid_id and c.position = a.position
				where e.grid_id = ? and e.calibration_id is null and (cast(? as bigint) is null or e.advisor_id = ?)
				group by a.position order by a.position""".formatted(PERCENT_OF_SCALE))
			.params(gridId, advisorId, advisorId)
			.query((rs, n) -> new CriterionQuality(rs.getInt(1), grid.criteria().get(rs.getInt(1) - 1), rs.getLong(2), (Double) rs.getObject(3)))
			.list();
	}

	/** The advisor's evaluations since a day, per skill their criteria observe (calibrations left out). */
	public List<SkillScore> bySkill(long advisorId, java.time.LocalDate since) {
		return jdbc.sql("""
				select c.skill, avg(%s)::float8,
				       count(*)
				from quality_answer a join quality_evaluation e on e.id = a.evaluation_id
				     join quality_criterion c on c.grid_id = e.grid_id and c.position = a.position
				where e.advisor_id = ? and e.calibration_id is null and e.evaluated_at >= ? and c.skill is not null and a.value is not null
				group by c.skill order by 2""".formatted(PERCENT_OF_SCALE))
			.params(advisorId, java.sql.Date.valueOf(since))
			.query((rs, n) -> new SkillScore(Skill.valueOf(rs.getString(1)), rs.getDouble(2), rs.getLong(3))).list();
	}

	/** Whether customers stay longer after a contact scored well than customers whose evaluated contacts never did. */
	public PracticeEffects.Practices outcomes() {
		return practices.of("quality", exposures -> jdbc.sql("""
				select f.customer_id, f.scored_well, extract(epoch from c.arrived_at)::float8
				from quality_evaluation_facts f join contact_facts c on c.id = f.contact_id where f.customer_id is not null""")
			.query(rs -> {
				if (rs.getBoolean(2)) {
					exposures.took(SCORED_WELL, rs.getLong(1), rs.getDouble(3));
				}
				else {
					exposures.declined(SCORED_WELL, rs.getLong(1), rs.getDouble(3));
				}
			}));
	}
}
