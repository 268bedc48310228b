package fr.fidele.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.fidele.casefile.Channel;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation grids. A grid is never changed in place: saving it again under its code writes its next version,
 * so that every evaluation keeps the criteria and weights it was scored with.
 */
@Service
public class Grids {

	private final JdbcClient jdbc;
	private final GridRules rules;
	private final Clock clock;

	Grids(JdbcClient jdbc, GridRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	/** Writes the grid's next version (the first under a new code) and returns it. */
	@Transactional
	public Grid save(GridDraft draft, long writtenBy) {
		rules.check(draft);
		// two supervisors saving the same grid at once write two versions, one after the other
		jdbc.sql("select pg_advisory_xact_lock(hashtext('quality_grid:' || ?))").param(draft.code()).query((rs, n) -> 1).single();
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from quality_grid where code = ?").param(draft.code()).query(Integer.class)
			.single();
		long id = jdbc.sql("""
				insert into quality_grid (code, version, name_fr, name_en, channel, reason_code, pass_mark, written_by, written_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(draft.code(), version, draft.nameFr().strip(), draft.nameEn().strip(), draft.channel() == null ? null : draft.channel().name(),
					draft.reasonCode(), draft.passMark(), writtenBy, Timestamp.from(clock.instant()))
			.query(Long.class).single();
		int position = 1;
		for (Criterion c : draft.criteria()) {
			jdbc.sql("""
					insert into quality_criterion (grid_id, position, section_fr, section_en, label_fr, label_en, weight, kind, scale_max, critical,
					    skill)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, position++, c.sectionFr().strip(), c.sectionEn().strip(), c.labelFr().strip(), c.labelEn().strip(), c.weight(),
						c.kind().name(), c.scaleMax(), c.critical(), c.skill() == null ? null : c.skill().name())
				.update();
		}
		return grid(id);
	}

	/**
	 * The score of answers to one version, once checked against its criteria (each refusal naming its answer): for
	 * the modules that score with a grid, as mystery shopping does.
	 */
	public EvaluationScore score(long gridId, List<Answer> answers) {
		Grid grid = find(gridId).orElseThrow(() -> new InvalidFieldException("gridId", "unknownGrid", gridId));
		return EvaluationScore.of(grid.criteria(), AnswerRules.check(grid, answers));
	}

	/** One version, by its id. */
	public Grid grid(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("grid", id));
	}

	public Optional<Grid> find(long id) {
		return jdbc.sql("select * from quality_grid where id = ?").param(id).query(this::row).optional();
	}

	/** The latest version of each grid. */
	public List<Grid> current() {
		return jdbc.sql("""
				select distinct on (code) * from quality_grid order by code, version desc""").query(this::row).list();
	}

	/** Every version of one grid, the latest first. */
	public List<Grid> versions(String code) {
		return jdbc.sql("select * from quality_grid where code = ? order by version desc").param(code).query(this::row).list();
	}

	/**
	 * The grid that fits a contact best: one written for its channel and reason, then for its channel, then for its
	 * reason, then for any contact; the latest version of it.
	 */
	public Optional<Grid> fitting(Channel channel, String reasonCode) {
		return current().stream()
			.filter(g -> (g.channel() == null || g.channel() == channel) && (g.reasonCode() == null || g.reasonCode().equals(reasonCode)))
			.max(Comparator.comparingInt(g -> (g.channel() != null ? 2 : 0) + (g.reasonCode() != null ? 1 : 0)));
	}

	private Grid row(ResultSet rs, int rowNumber) throws SQLException {
		long id = rs.getLong("id");
		List<Criterion> criteria = jdbc.sql("select * from quality_criterion where grid_id = ? order by position").param(id)
			.query((c, n) -> new Criterion(c.getString("section_fr"), c.getString("section_en"), c.getString("label_fr"), c.getString("label_en"),
					c.getInt("weight"), CriterionKind.valueOf(c.getString("kind")), (Integer) c.getObject("scale_max"), c.getBoolean("critical"),
					c.getString("skill") == null ? null : Skill.valueOf(c.getString("skill"))))
			.list();
		String channel = rs.getString("channel");
		return new Grid(id, rs.getString("code"), rs.getInt("version"), rs.getString("name_fr"), rs.getString("name_en"),
				channel == null ? null : Channel.valueOf(channel), rs.getString("reason_code"), rs.getInt("pass_mark"), criteria,
				rs.getLong("written_by"), rs.getTimestamp("written_at").toInstant());
	}
}
