package fr.fidele.quality;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.RequiredText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an advisor does with an evaluation of their contact — sees it, comments on it, contests it once — and the
 * supervisor's answer to a contest: the evaluation upheld, or revised (its answers changed and scored again, the
 * first score kept beside the new one). Only the advisor evaluated acts on their evaluation; another advisor is told
 * it does not exist.
 */
@Service
public class Contests {

	private final JdbcClient jdbc;
	private final Evaluations evaluations;
	private final Grids grids;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Contests(JdbcClient jdbc, Evaluations evaluations, Grids grids, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.grids = grids;
		this.events = events;
		this.clock = clock;
	}

	/** The advisor's own evaluation, marked seen the first time they open it. */
	@Transactional
	public Evaluation open(long evaluationId, long advisorId) {
		own(evaluationId, advisorId);
		jdbc.sql("update quality_evaluation set seen_at = ? where id = ? and seen_at is null").params(now(), evaluationId).update();
		return evaluations.get(evaluationId);
	}

	@Transactional
	public Evaluation comment(long evaluationId, long advisorId, String comment) {
		own(evaluationId, advisorId);
		AnswerRules.comment("comment", comment);
		jdbc.sql("update quality_evaluation set advisor_comment = ?, seen_at = coalesce(seen_at, ?) where id = ?")
			.params(Evaluations.blankToNull(comment), now(), evaluationId).update();
		return evaluations.get(evaluationId);
	}

	/** Contests the evaluation, once: a second contest is refused (409). */
	@Transactional
	public Evaluation contest(long evaluationId, long advisorId, String reason) {
		own(evaluationId, advisorId);
		RequiredText.check("reason", reason, AnswerRules.COMMENT_LENGTH);
		int contested = jdbc.sql("""
				update quality_evaluation set contested_at = ?, contest_reason = ?, seen_at = coalesce(seen_at, ?)
				where id = ? and contested_at is null""")
			.params(now(), Evaluations.blankToNull(reason), now(), evaluationId).update();
		if (contested == 0) {
			throw new ConflictException("alreadyContested");
		}
		events.publishEvent(new EvaluationContested(evaluationId, advisorId));
		return evaluations.get(evaluationId);
	}

	/**
	 * A supervisor answers a contest: {@link ContestDecision#REVISED} with the answers as they now stand, or
	 * {@link ContestDecision#UPHELD} (answers ignored); the answer's text is required either way.
	 */
	@Transactional
	public Evaluation decide(long evaluationId, long supervisorId, ContestDecision decision, String answer, List<Answer> revised) {
		Evaluation evaluation = evaluations.get(evaluationId);
		if (decision == null) {
			throw new InvalidFieldException("decision", "required");
		}
		RequiredText.check("answer", answer, AnswerRules.COMMENT_LENGTH);
		if (!evaluation.awaitingDecision()) {
			throw new ConflictException(evaluation.contested() ? "contestAlreadyDecided" : "notContested");
		}
		if (evaluation.advisorId() == supervisorId) {
			throw new ConflictException("ownContest");
		}
		if (decision == ContestDecision.REVISED) {
			Grid grid = grids.grid(evaluation.gridId());
			EvaluationScore score = EvaluationScore.of(grid.criteria(), AnswerRules.check(grid, revised));
			evaluations.writeAnswers(evaluationId, revised);
			jdbc.sql("update quality_evaluation set first_score = score, score = ?, critical_failed = ? where id = ?")
				.params(score.percent(), score.criticalFailed(), evaluationId).update();
		}
		jdbc.sql("update quality_evaluation set contest_decision = ?, contest_answer = ?, decided_by = ?, decided_at = ? where id = ?")
			.params(decision.name(), Evaluations.blankToNull(answer), supervisorId, now(), evaluationId).update();
		return evaluations.get(evaluationId);
	}

	private void own(long evaluationId, long advisorId) {
		evaluations.find(evaluationId).filter(e -> e.advisorId() == advisorId && e.calibrationId() == null)
			.orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}
}
