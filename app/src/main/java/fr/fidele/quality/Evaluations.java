package fr.fidele.quality;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.Contacts;
import fr.fidele.contacts.Leg;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors' evaluations of contacts. The advisor evaluated is one of the contact's advisors (its last unless the
 * evaluator names another), never the evaluator; the grid version is kept with the answers.
 */
@Service
public class Evaluations {

	private final JdbcClient jdbc;
	private final Grids grids;
	private final Contacts contacts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Evaluations(JdbcClient jdbc, Grids grids, Contacts contacts, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.grids = grids;
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	/** Records an evaluation outside calibrations. */
	@Transactional
	public Evaluation evaluate(NewEvaluation evaluation, long evaluatorId) {
		if (evaluation.chosenBecause() == ChosenBecause.CALIBRATION) {
			throw new InvalidFieldException("chosenBecause", "calibrationThroughItsSession");
		}
		Evaluation saved = record(evaluation, evaluatorId, null);
		events.publishEvent(new ContactEvaluated(saved.id(), saved.contactId(), saved.advisorId(), saved.score(), saved.criticalFailed()));
		return saved;
	}

	/** Records an evaluator's score of a calibration's contact. */
	Evaluation record(NewEvaluation evaluation, long evaluatorId, Long calibrationId) {
		if (evaluation.gridId() == null) {
			throw new InvalidFieldException("gridId", "required");
		}
		if (evaluation.contactId() == null) {
			throw new InvalidFieldException("contactId", "required");
		}
		Grid grid = grids.find(evaluation.gridId()).orElseThrow(() -> new InvalidFieldException("gridId", "unknownGrid", evaluation.gridId()));
		Contact contact = contacts.find(evaluation.contactId())
			.orElseThrow(() -> new InvalidFieldException("contactId", "unknownContact", evaluation.contactId()));
		long advisorId = advisor(contact, evaluation.advisorId());
		if (advisorId == evaluatorId) {
			throw new InvalidFieldException("advisorId", "notOwnContact");
		}
		Map<Integer, Integer> values = AnswerRules.check(grid, evaluation.answers());
		AnswerRules.comment("comment", evaluation.comment());
		EvaluationScore score = EvaluationScore.of(grid.criteria(), values);
		ChosenBecause because = calibrationId != null ? ChosenBecause.CALIBRATION
				: evaluation.chosenBecause() != null ? evaluation.chosenBecause() : drawnFor(contact.id()).orElse(ChosenBecause.CHOSEN);
		long id = jdbc.sql("""
				insert into quality_evaluation (grid_id, contact_id, customer_id, advisor_id, evaluator_id, calibration_id, chosen_because, score,
				    critical_failed, comment, evaluated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(grid.id(), contact.id(), contact.customerId(), advisorId, evaluatorId, calibrationId, because.name(), score.percent(),
					score.criticalFailed(), blankToNull(evaluation.comment()), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		writeAnswers(id, evaluation.answers());
		return find(id).orElseThrow();
	}

	void writeAnswers(long evaluationId, List<Answer> answers) {
		jdbc.sql("delete from quality_answer where evaluation_id = ?").param(evaluationId).update();
		for (Answer answer : answers) {
			jdbc.sql("insert into quality_answer (evaluation_id, position, value, comment) values (?, ?, ?, ?)")
				.params(evaluationId, answer.position(), answer.value(), blankToNull(answer.comment())).update();
		}
	}

	public Optional<Evaluation> find(long id) {
		return withAnswers(jdbc.sql("select * from quality_evaluation where id = ?").param(id).query(Evaluations::evaluation).list()).stream()
			.findFirst();
	}

	public Evaluation get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("evaluation", id));
	}

	/** An advisor's evaluations, the latest first; calibration scores are the evaluators' exercise, not theirs. */
	public List<Evaluation> ofAdvisor(long advisorId) {
		return withAnswers(jdbc.sql("select * from quality_evaluation where advisor_id = ? and calibration_id is null order by evaluated_at desc, id desc")
			.param(advisorId).query(Evaluations::evaluation).list());
	}

	/** The evaluations of the last {@code limit}, the latest first, outside calibrations. */
	public List<Evaluation> latest(int limit) {
		return withAnswers(jdbc.sql("select * from quality_evaluation where calibration_id is null order by evaluated_at desc, id desc limit ?")
			.param(limit).query(Evaluations::evaluation).list());
	}

	/** Contests waiting for a supervisor's answer, the oldest first. */
	public List<Evaluation> awaitingDecision() {
		return withAnswers(jdbc.sql("select * from quality_evaluation where contested_at is not null and contest_decision is null order by contested_at")
			.query(Evaluations::evaluation).list());
	}

	List<Evaluation> ofCalibration(long calibrationId) {
		return withAnswers(jdbc.sql("select * from quality_evaluation where calibration_id = ? order by contact_id, evaluator_id").param(calibrationId)
			.query(Evaluations::evaluation).list());
	}

	private Optional<ChosenBecause> drawnFor(long contactId) {
		return jdbc.sql("select reason from quality_pick where contact_id = ?").param(contactId).query(String.class).optional()
			.map(ChosenBecause::valueOf);
	}

	private static long advisor(Contact contact, Long named) {
		List<Long> advisors = contact.legs().stream().map(Leg::advisorId).filter(java.util.Objects::nonNull).toList();
		if (advisors.isEmpty()) {
			throw new InvalidFieldException("contactId", "contactWithoutAdvisor", contact.id());
		}
		if (named == null) {
			return advisors.get(advisors.size() - 1);
		}
		if (!advisors.contains(named)) {
			throw new InvalidFieldException("advisorId", "notAnAdvisorOfTheContact", named);
		}
		return named;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : StorableText.of(text.strip());
	}

	/** The evaluations' answers, read in one query for the whole list. */
	private List<Evaluation> withAnswers(List<Evaluation> evaluations) {
		if (evaluations.isEmpty()) {
			return evaluations;
		}
		Map<Long, List<Answer>> answers = new HashMap<>();
		jdbc.sql("select evaluation_id, position, value, comment from quality_answer where evaluation_id = any(cast(? as bigint[])) order by position")
			.param(evaluations.stream().map(Evaluation::id).toArray(Long[]::new))
			.query(rs -> {
				answers.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Answer(rs.getInt(2), (Integer) rs.getObject(3), rs.getString(4)));
			});
		return evaluations.stream().map(e -> e.withAnswers(answers.getOrDefault(e.id(), List.of()))).toList();
	}

	private static Evaluation evaluation(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		String decision = rs.getString("contest_decision");
		return new Evaluation(id, rs.getLong("grid_id"), rs.getLong("contact_id"), (Long) rs.getObject("customer_id"), rs.getLong("advisor_id"),
				rs.getLong("evaluator_id"), (Long) rs.getObject("calibration_id"), ChosenBecause.valueOf(rs.getString("chosen_because")),
				rs.getBigDecimal("score"), rs.getBoolean("critical_failed"), rs.getString("comment"), instant(rs, "evaluated_at"), List.of(),
				instant(rs, "seen_at"), rs.getString("advisor_comment"), instant(rs, "contested_at"), rs.getString("contest_reason"),
				decision == null ? null : ContestDecision.valueOf(decision), rs.getString("contest_answer"), instant(rs, "decided_at"),
				(BigDecimal) rs.getObject("first_score"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
