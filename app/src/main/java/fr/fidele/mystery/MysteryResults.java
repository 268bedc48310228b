package fr.fidele.mystery;

import java.util.List;

import fr.fidele.quality.Criterion;
import fr.fidele.quality.CriterionKind;
import fr.fidele.quality.Grid;
import fr.fidele.quality.Grids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A campaign's results, the company against each competitor ({@code target} null: the company): the visits' mean
 * score per wave (the trend), per channel, and per criterion (its mean answer in percent of its scale), each with its
 * sample size and its 95% Student interval.
 */
@Service
public class MysteryResults {

	/** A mean for a target in a group: a wave, a channel, or a criterion's position. */
	public record Row(Long competitorId, String target, String group, MeanInterval score) {
	}

	/** The whole campaign's results. */
	public record Results(Campaign campaign, Grid grid, List<Row> byWave, List<Row> byChannel, List<Row> byCriterion, List<Criterion> criteria) {
	}

	private static final String TARGET = "a.competitor_id, c.name";

	private final JdbcClient jdbc;
	private final Campaigns campaigns;
	private final Grids grids;

	MysteryResults(JdbcClient jdbc, Campaigns campaigns, Grids grids) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.grids = grids;
	}

	public Results of(long campaignId) {
		Campaign campaign = campaigns.get(campaignId);
		Grid grid = grids.grid(campaign.gridId());
		return new Results(campaign, grid, scores(campaignId, "a.wave"), scores(campaignId, "a.channel"), byCriterion(campaignId, grid),
				grid.criteria());
	}

	private List<Row> scores(long campaignId, String group) {
		return jdbc.sql("""
				select %1$s, %2$s::text as grp, count(a.score), coalesce(sum(a.score), 0)::float8, coalesce(sum(a.score * a.score), 0)::float8
				from mystery_assignment a join mystery_scenario s on s.id = a.scenario_id left join mystery_competitor c on c.id = a.competitor_id
				where s.campaign_id = ? and a.reported_at is not null and a.score is not null
				group by %1$s, %2$s order by %2$s, a.competitor_id nulls first""".formatted(TARGET, group))
			.param(campaignId).query((rs, n) -> new Row((Long) rs.getObject(1), rs.getString(2), rs.getString(3),
					MeanInterval.of(rs.getLong(4), rs.getDouble(5), rs.getDouble(6))))
			.list();
	}

	/** Each answer in percent of its criterion's scale, so that a yes / no and a 1–5 read alike. */
	private List<Row> byCriterion(long campaignId, Grid grid) {
		// the grid's own numbers, not text from a request: nothing to escape
		StringBuilder cases = new StringBuilder("case m.position");
		for (int p = 1; p <= grid.criteria().size(); p++) {
			Criterion c = grid.criteria().get(p - 1);
			int bottom = c.kind() == CriterionKind.YES_NO ? 0 : 1;
			int top = c.kind() == CriterionKind.YES_NO ? 1 : c.scaleMax();
			cases.append(" when ").append(p).append(" then (m.value - ").append(bottom).append(") * 100.0 / ").append(top - bottom);
		}
		cases.append(" end");
		return jdbc.sql("""
				select %s, m.position::text, count(m.value), coalesce(sum(%2$s), 0)::float8, coalesce(sum((%2$s) * (%2$s)), 0)::float8
				from mystery_answer m join mystery_assignment a on a.id = m.assignment_id join mystery_scenario s on s.id = a.scenario_id
				     left join mystery_competitor c on c.id = a.competitor_id
				where s.campaign_id = ? and m.value is not null
				group by a.competitor_id, c.name, m.position order by m.position, a.competitor_id nulls first""".formatted(TARGET, cases))
			.param(campaignId).query((rs, n) -> new Row((Long) rs.getObject(1), rs.getString(2), rs.getString(3),
					MeanInterval.of(rs.getLong(4), rs.getDouble(5), rs.getDouble(6))))
			.list();
	}
}
