package fr.fidele.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fidele.feedback.SurveyInvitations.Opened;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's answers to an invitation, from its link: checked whole before anything is kept (a score off its scale
 * is refused naming the field), kept together, and a second answer to the same invitation amends the first, until it
 * expires. Each answer is told to the other modules ({@link SurveyAnswered}).
 */
@Service
public class SurveyAnswers {

	/** One answer: a score for a scored question, a comment for a free-text one. */
	public record Answer(Integer position, Integer score, String comment) {
	}

	private final JdbcClient jdbc;
	private final SurveyInvitations invitations;
	private final FeedbackProperties settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SurveyAnswers(JdbcClient jdbc, SurveyInvitations invitations, FeedbackProperties settings, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.invitations = invitations;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * How answers reach Fidèle: from the answer page (every question may be answered, the fields named as the page's
	 * request names them), or keyed on the telephone after a call (the scored questions only, inside the switch's
	 * {@code survey} field).
	 */
	enum AnsweredBy {
		PAGE("", true), KEYPAD("survey.", false);

		private final String fieldPrefix;
		private final boolean asksText;

		AnsweredBy(String fieldPrefix, boolean asksText) {
			this.fieldPrefix = fieldPrefix;
			this.asksText = asksText;
		}

		boolean asks(SurveyQuestion question) {
			return asksText || question.measure().scored();
		}
	}

	/** Keeps the answers given with {@code token}'s link; refuses an unknown token (404) and an expired one (409). */
	@Transactional
	public void answer(String token, List<Answer> answers, String visitorAddress) {
		Opened invitation = invitations.opened(token, visitorAddress).orElseThrow(() -> new NotFoundException("survey invitation", "?"));
		if (invitation.expired(clock.instant())) {
			throw new ConflictException("surveyExpired");
		}
		keep(invitation, answers == null ? List.of() : answers, AnsweredBy.PAGE);
	}

	/** Keeps {@code given} as the invitation's answers, in place of any given before, once they are all checked. */
	@Transactional
	void keep(Opened invitation, List<Answer> given, AnsweredBy by) {
		Instant now = clock.instant();
		try {
			check(invitation.survey(), given, by);
		}
		catch (InvalidFieldException refused) {
			throw refused.forField(by.fieldPrefix + refused.field());
		}
		jdbc.sql("select id from survey_invitation where id = ? for update").param(invitation.id()).query(Long.class).single();
		jdbc.sql("delete from survey_answer where invitation_id = ?").param(invitation.id()).update();
		for (Answer answer : given) {
			SurveyMeasure measure = invitation.survey().question(answer.position()).orElseThrow().measure();
			String comment = answer.comment() == null || answer.comment().isBlank() ? null : StorableText.of(answer.comment().strip());
			if (measure.scored() ? answer.score() != null : comment != null) {
				jdbc.sql("insert into survey_answer (invitation_id, position, measure, score, comment) values (?, ?, ?, ?, ?)")
					.params(invitation.id(), answer.position(), measure.name(), measure.scored() ? answer.score() : null,
							measure.scored() ? null : comment)
					.update();
			}
		}
		jdbc.sql("""
				update survey_invitation i set answered_at = coalesce(i.answered_at, ?),
				    amended_at = case when i.answered_at is null then null else ?::timestamptz end,
				    csat_answers = s.csat_answers, csat_satisfied = s.csat_satisfied, nps_answers = s.nps_answers,
				    nps_promoters = s.nps_promoters, nps_detractors = s.nps_detractors, ces_answers = s.ces_answers, ces_sum = s.ces_sum,
				    ces_squares = s.ces_squares
				from (select count(*) filter (where measure = 'CSAT') as csat_answers,
				          count(*) filter (where measure = 'CSAT' and score >= 4) as csat_satisfied,
				          count(*) filter (where measure = 'NPS') as nps_answers, count(*) filter (where measure = 'NPS' and score >= 9) as nps_promoters,
				          count(*) filter (where measure = 'NPS' and score <= 6) as nps_detractors,
				          count(*) filter (where measure = 'CES') as ces_answers, coalesce(sum(score) filter (where measure = 'CES'), 0) as ces_sum,
				          coalesce(sum(score * score) filter (where measure = 'CES'), 0) as ces_squares
				      from survey_answer where invitation_id = ?) s
				where i.id = ?""")
			.params(Timestamp.from(now), Timestamp.from(now), invitation.id(), invitation.id()).update();
		events.publishEvent(answered(invitation, given));
	}

	/** One of a customer's answers, as their export shows it. */
	public record CustomerAnswer(long invitationId, String survey, Instant invitedAt, Instant answeredAt, int position, SurveyMeasure measure,
			Integer score, String comment) {
	}

	/** Every answer the customer gave, in order: their export. */
	public List<CustomerAnswer> ofCustomer(long customerId) {
		return jdbc.sql("""
				select i.id, s.name, i.created_at, coalesce(i.amended_at, i.answered_at) as answered_at, a.position, a.measure, a.score, a.comment
				from survey_invitation i join survey s on s.id = i.survey_id join survey_answer a on a.invitation_id = i.id
				where i.customer_id = ? order by i.id, a.position""")
			.param(customerId)
			.query((rs, n) -> new CustomerAnswer(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
					rs.getInt(5), SurveyMeasure.valueOf(rs.getString(6)), (Integer) rs.getObject(7), rs.getString(8)))
			.list();
	}

	/** The answers given so far to an invitation, by question position: what its page shows to be amended. */
	public Map<Integer, Answer> given(long invitationId) {
		Map<Integer, Answer> given = new HashMap<>();
		jdbc.sql("select position, score, comment from survey_answer where invitation_id = ?").param(invitationId)
			.query((rs, n) -> given.put(rs.getInt(1), new Answer(rs.getInt(1), (Integer) rs.getObject(2), rs.getString(3)))).list();
		return given;
	}

	private SurveyAnswered answered(Opened invitation, List<Answer> given) {
		List<SurveyAnswered.Score> scores = given.stream().filter(answer -> answer.score() != null)
			.map(answer -> new SurveyAnswered.Score(invitation.survey().question(answer.position()).orElseThrow().measure(), answer.score()))
			.filter(score -> score.measure().scored()).toList();
		return new SurveyAnswered(invitation.id(), invitation.survey().id(), invitation.customerId(), invitation.contactId(),
				invitation.advisorId(), invitation.answeredAt() != null, scores);
	}

	private void check(Survey survey, List<Answer> answers, AnsweredBy by) {
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			String at = "answers[" + i + "]";
			if (answer == null || answer.position() == null || survey.question(answer.position()).isEmpty()) {
				throw new InvalidFieldException(at + ".position", "unknownQuestion");
			}
			if (!seen.add(answer.position())) {
				throw new InvalidFieldException(at + ".position", "answeredTwice");
			}
			SurveyMeasure measure = survey.question(answer.position()).orElseThrow().measure();
			if (measure.scored() && answer.score() != null && !measure.accepts(answer.score())) {
				throw new InvalidFieldException(at + ".score", "between", measure.lowest(), measure.highest());
			}
			if (answer.comment() != null && answer.comment().length() > settings.longestComment()) {
				throw new InvalidFieldException(at + ".comment", "tooLong", settings.longestComment());
			}
		}
		Map<Integer, Integer> scores = new HashMap<>();
		answers.stream().filter(answer -> answer.score() != null).forEach(answer -> scores.put(answer.position(), answer.score()));
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			boolean given = answer.score() != null || answer.comment() != null && !answer.comment().isBlank();
			// a question its branch does not ask, answered anyway: the answers contradict each other
			if (given && !survey.question(answer.position()).orElseThrow().asked(scores)) {
				throw new InvalidFieldException("answers[" + i + "].position", "notAsked");
			}
		}
		for (SurveyQuestion question : survey.questions()) {
			boolean given = answers.stream().anyMatch(answer -> answer.position() == question.position()
					&& (question.measure().scored() ? answer.score() != null : answer.comment() != null && !answer.comment().isBlank()));
			if (question.required() && by.asks(question) && question.asked(scores) && !given) {
				throw new InvalidFieldException("answers", "questionRequired", question.position());
			}
		}
	}
}
