package fr.fidele.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fidele.accounts.Users;
import fr.fidele.platform.RequiredText;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.quality.QualityFigures;
import fr.fidele.quality.Skill;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training catalogue, who followed what and when, and what an advisor's evaluations and figures point to: an
 * advisor whose answers on the criteria observing a skill average below {@value #WEAK_BELOW} % over the last
 * {@value #EVALUATED_DAYS} days, on {@value #LEAST_ANSWERS} answers or more, is recommended the active modules teaching
 * that skill; an advisor behind on an objective of theirs, the modules of the skills that measure serves
 * ({@link #SERVED}); in both cases those they have not followed in the last year.
 */
@Service
public class Training {

	static final int WEAK_BELOW = 70;
	static final int EVALUATED_DAYS = 180;
	static final int LEAST_ANSWERS = 3;
	/** The skills an objective's measure is served by: satisfaction by behaviour and listening, resolution by the business. */
	static final Map<ObjectiveMeasure, List<Skill>> SERVED = Map.of(ObjectiveMeasure.CSAT, List.of(Skill.BEHAVIOUR, Skill.LISTENING),
			ObjectiveMeasure.NPS, List.of(Skill.BEHAVIOUR, Skill.LISTENING), ObjectiveMeasure.FCR, List.of(Skill.BUSINESS),
			ObjectiveMeasure.LOYALTY_CONTRIBUTION, List.of(Skill.LISTENING, Skill.STRESS));
	private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private final JdbcClient jdbc;
	private final QualityFigures quality;
	private final Users users;
	private final Objectives objectives;
	private final Clock clock;

	Training(JdbcClient jdbc, QualityFigures quality, Users users, Objectives objectives, Clock clock) {
		this.jdbc = jdbc;
		this.quality = quality;
		this.users = users;
		this.objectives = objectives;
		this.clock = clock;
	}

	@Transactional
	public TrainingModule save(TrainingModule module) {
		if (module.code() == null || !CODE.matcher(module.code()).matches()) {
			throw new InvalidFieldException("code", "gridCode", module.code());
		}
		RequiredText.check("titleFr", module.titleFr(), 200);
		RequiredText.check("titleEn", module.titleEn(), 200);
		RequiredText.check("descriptionFr", module.descriptionFr(), 2000);
		RequiredText.check("descriptionEn", module.descriptionEn(), 2000);
		if (module.skill() == null) {
			throw new InvalidFieldException("skill", "required");
		}
		if (module.minutes() < 5 || module.minutes() > 10_000) {
			throw new InvalidFieldException("minutes", "between", 5, 10_000);
		}
		jdbc.sql("""
				insert into training_module (code, title_fr, title_en, skill, description_fr, description_en, minutes, active)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set title_fr = excluded.title_fr, title_en = excluded.title_en, skill = excluded.skill,
				    description_fr = excluded.description_fr, description_en = excluded.description_en, minutes = excluded.minutes,
				    active = excluded.active""")
			.params(module.code(), module.titleFr().strip(), module.titleEn().strip(), module.skill().name(), module.descriptionFr().strip(),
					module.descriptionEn().strip(), module.minutes(), module.active())
			.update();
		return modules().stream().filter(m -> m.code().equals(module.code())).findFirst().orElseThrow();
	}

	public List<TrainingModule> modules() {
		return jdbc.sql("select * from training_module order by skill, code").query(Training::module).list();
	}

	/** Records that an advisor followed a module on a day (recording it again changes nothing). */
	@Transactional
	public TrainingRecord followed(Long advisorId, String moduleCode, LocalDate completedOn, long recordedBy) {
		if (advisorId == null || users.findById(advisorId).isEmpty()) {
			throw new InvalidFieldException("advisorId", "unknownUser", advisorId);
		}
		if (moduleCode == null || modules().stream().noneMatch(m -> m.code().equals(moduleCode))) {
			throw new InvalidFieldException("moduleCode", "unknownValue", moduleCode);
		}
		if (completedOn == null || completedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidFieldException("completedOn", "notInTheFuture");
		}
		jdbc.sql("""
				insert into training_record (advisor_id, module_code, completed_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(advisorId, moduleCode, Date.valueOf(completedOn), recordedBy, Timestamp.from(clock.instant())).update();
		return jdbc.sql("select * from training_record where advisor_id = ? and module_code = ? and completed_on = ?")
			.params(advisorId, moduleCode, Date.valueOf(completedOn)).query(Training::record).single();
	}

	/** What the advisor followed, the latest first. */
	public List<TrainingRecord> of(long advisorId) {
		return jdbc.sql("select * from training_record where advisor_id = ? order by completed_on desc, id desc").param(advisorId)
			.query(Training::record).list();
	}

	/** The modules the advisor's evaluations point to, the weakest skill first, then those their objectives behind point to. */
	public List<Recommendation> recommended(long advisorId) {
		LocalDate today = LocalDate.now(clock);
		Set<String> recent = Set.copyOf(jdbc.sql("select module_code from training_record where advisor_id = ? and completed_on >= ?")
			.params(advisorId, Date.valueOf(today.minusYears(1))).query(String.class).list());
		List<TrainingModule> modules = modules();
		List<Recommendation> recommended = new ArrayList<>();
		for (QualityFigures.SkillScore score : quality.bySkill(advisorId, today.minusDays(EVALUATED_DAYS))) {
			if (score.meanPercent() >= WEAK_BELOW || score.answers() < LEAST_ANSWERS) {
				continue;
			}
			modules.stream().filter(m -> m.active() && m.skill() == score.skill() && !recent.contains(m.code()))
				.forEach(m -> recommended.add(new Recommendation(m, score.meanPercent(), score.answers(), null)));
		}
		for (Progress behind : objectives.ofAdvisor(advisorId, null)) {
			if (behind.reached() || behind.actual() == null || behind.objective().advisorId() == null) {
				continue;
			}
			List<Skill> served = SERVED.getOrDefault(behind.objective().measure(), List.of());
			modules.stream().filter(m -> m.active() && served.contains(m.skill()) && !recent.contains(m.code()))
				.filter(m -> recommended.stream().noneMatch(r -> r.module().code().equals(m.code())))
				.forEach(m -> recommended.add(new Recommendation(m, behind.actual(), behind.basis(), behind.objective().measure())));
		}
		return recommended;
	}

	private static TrainingModule module(ResultSet rs, int row) throws SQLException {
		return new TrainingModule(rs.getString("code"), rs.getString("title_fr"), rs.getString("title_en"), Skill.valueOf(rs.getString("skill")),
				rs.getString("description_fr"), rs.getString("description_en"), rs.getInt("minutes"), rs.getBoolean("active"));
	}

	private static TrainingRecord record(ResultSet rs, int row) throws SQLException {
		return new TrainingRecord(rs.getLong("id"), rs.getLong("advisor_id"), rs.getString("module_code"),
				rs.getObject("completed_on", LocalDate.class), rs.getLong("recorded_by"));
	}
}
