package fr.fidele.quality;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads in bulk the evaluations of a company's past (the demo company's): a few thousand, written by arrays in a
 * handful of statements (instants as ISO text), each scored by its grid as {@link Evaluations} scores one, drawn at
 * random for its month. A contact already evaluated is left as it is.
 */
@Service
public class QualityBulkLoad {

	static final int BATCH = 2_000;

	/** A contact scored with a grid version: one value per criterion, in order (null: not applicable). */
	public record Scored(long gridId, long contactId, long customerId, long advisorId, Instant evaluatedAt, List<Integer> values) {
	}

	private final JdbcClient jdbc;
	private final Grids grids;

	QualityBulkLoad(JdbcClient jdbc, Grids grids) {
		this.jdbc = jdbc;
		this.grids = grids;
	}

	@Transactional
	public void load(long evaluatorId, List<Scored> evaluations) {
		Map<Long, Grid> used = new HashMap<>();
		for (int from = 0; from < evaluations.size(); from += BATCH) {
			List<Scored> batch = evaluations.subList(from, Math.min(evaluations.size(), from + BATCH));
			List<EvaluationScore> scores = batch.stream().map(s -> {
				Grid grid = used.computeIfAbsent(s.gridId(), grids::grid);
				Map<Integer, Integer> values = new HashMap<>();
				for (int p = 1; p <= s.values().size(); p++) {
					values.put(p, s.values().get(p - 1));
				}
				return EvaluationScore.of(grid.criteria(), values);
			}).toList();
			Map<Long, Long> ids = new HashMap<>();
			jdbc.sql("""
					insert into quality_evaluation (grid_id, contact_id, customer_id, advisor_id, evaluator_id, chosen_because, score, critical_failed,
					    evaluated_at)
					select u.grid_id, u.contact_id, u.customer_id, u.advisor_id, ?, 'RANDOM', u.score, u.failed, u.at
					from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[]), cast(cast(? as text[]) as numeric[]),
					            cast(? as boolean[]), cast(cast(? as text[]) as timestamptz[])) as u(grid_id, contact_id, customer_id, advisor_id, score, failed, at)
					where not exists (select 1 from quality_evaluation e where e.contact_id = u.contact_id and e.calibration_id is null)
					returning id, contact_id""")
				.params(evaluatorId, batch.stream().map(Scored::gridId).toArray(Long[]::new), batch.stream().map(Scored::contactId).toArray(Long[]::new),
						batch.stream().map(Scored::customerId).toArray(Long[]::new), batch.stream().map(Scored::advisorId).toArray(Long[]::new),
						scores.stream().map(s -> s.percent() == null ? null : s.percent().toPlainString()).toArray(String[]::new),
						scores.stream().map(EvaluationScore::criticalFailed).toArray(Boolean[]::new),
						batch.stream().map(s -> s.evaluatedAt().toString()).toArray(String[]::new))
				.query(rs -> {
					ids.put(rs.getLong(2), rs.getLong(1));
				});
			List<long[]> rows = new ArrayList<>();
			List<Integer> values = new ArrayList<>();
			for (Scored s : batch) {
				Long id = ids.get(s.contactId());
				for (int p = 1; id != null && p <= s.values().size(); p++) {
					rows.add(new long[] { id, p });
					values.add(s.values().get(p - 1));
				}
			}
			jdbc.sql("""
					insert into quality_answer (evaluation_id, position, value)
					select * from unnest(cast(? as bigint[]), cast(? as int[]), cast(? as int[]))""")
				.params(rows.stream().map(r -> r[0]).toArray(Long[]::new), rows.stream().map(r -> (int) r[1]).toArray(Integer[]::new),
						values.toArray(Integer[]::new))
				.update();
		}
	}
}
