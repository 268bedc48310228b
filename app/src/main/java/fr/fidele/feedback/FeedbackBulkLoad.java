package fr.fidele.feedback;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.sql.DataSource;

import fr.fidele.platform.RandomTokens;
import fr.fidele.platform.database.BulkCopy;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads answered survey invitations in bulk (the demo company's), into a survey kept for the record: withdrawn, so no
 * rule sends it. Each answer is one scored question about one contact; its invitation keeps the answer summed as the
 * application keeps it, and a token nobody holds; an unhappy answer followed up comes with its follow-up, closed.
 * Nothing is visible until {@link #finish()}.
 */
public final class FeedbackBulkLoad implements AutoCloseable {

	/**
	 * One answer about a contact, given at {@code answeredAt}, with the customer's comment (null: none);
	 * {@code loopClosedAt}, when an unhappy one was followed up (null: not).
	 */
	public record Answered(long customerId, long contactId, String channel, String reasonCode, String queue, long advisorId, String language,
			String firstName, SurveyMeasure measure, int score, String comment, Instant invitedAt, Instant answeredAt, Instant loopClosedAt) {
	}

	static final int NPS_POSITION = 1;
	static final int CSAT_POSITION = 2;
	static final int COMMENT_POSITION = 3;

	private final BulkCopy load;
	private final JdbcClient jdbc;
	private final long surveyId;
	private final Duration lifetime;
	private final CopyStream invitations;
	private final CopyStream answers;
	private final CopyStream followUps;
	private final Duration followUpWithin;
	private long nextInvitationId;

	FeedbackBulkLoad(DataSource dataSource, JdbcClient jdbc, String name, Duration lifetime, Duration followUpWithin, Instant now)
			throws SQLException {
		this.jdbc = jdbc;
		this.lifetime = lifetime;
		this.followUpWithin = followUpWithin;
		this.surveyId = jdbc.sql("select id from survey where name = ? and not active").param(name).query(Long.class).optional()
			.orElseGet(() -> recordSurvey(name, now));
		this.nextInvitationId = BulkCopy.firstFreeId(jdbc, "survey_invitation");
		this.load = new BulkCopy(dataSource);
		try {
			this.invitations = load.table("survey_invitation", """
					id, survey_id, token_hash, customer_id, contact_id, channel, reason_code, queue_code, advisor_id, served, sent_via, language,
					first_name, created_at, sent_at, expires_at, answered_at, csat_answers, csat_satisfied, nps_answers, nps_promoters,
					nps_detractors""");
			this.answers = load.table("survey_answer", "invitation_id, position, measure, score, comment");
			this.followUps = load.table("survey_follow_up", "invitation_id, customer_id, assignee_id, opened_at, due_at, closed_at, closed_by");
		}
		catch (SQLException | RuntimeException e) {
			load.close();
			throw e;
		}
	}

	private long recordSurvey(String name, Instant now) {
		long id = jdbc.sql("insert into survey (name, kind, active, created_at) values (?, 'TRANSACTIONAL', false, ?) returning id")
			.params(name, Timestamp.from(now)).query(Long.class).single();
		jdbc.sql("""
				insert into survey_question (survey_id, position, measure, text_fr, text_en) values
				(?, ?, 'NPS', 'Recommanderiez-vous notre service à un proche ?', 'Would you recommend our service to a friend?'),
				(?, ?, 'CSAT', 'Êtes-vous satisfait de la réponse apportée ?', 'Are you satisfied with the answer given?'),
				(?, ?, 'TEXT', 'Que voulez-vous nous dire ?', 'What would you like to tell us?')""")
			.params(id, NPS_POSITION, id, CSAT_POSITION, id, COMMENT_POSITION).update();
		return id;
	}

	public void answered(Answered a) throws SQLException {
		long id = nextInvitationId++;
		boolean nps = a.measure() == SurveyMeasure.NPS;
		invitations.add(id).add(surveyId).add("\\x" + HexFormat.of().formatHex(SurveyInvitations.hash(RandomTokens.next())))
			.add(a.customerId()).add(a.contactId()).add(a.channel()).add(a.reasonCode()).add(a.queue()).add(a.advisorId()).add(true)
			.add("EMAIL").add(a.language()).add(a.firstName()).add(a.invitedAt()).add(a.invitedAt()).add(a.invitedAt().plus(lifetime))
			.add(a.answeredAt()).add(nps ? 0L : 1L).add(!nps && a.score() >= 4 ? 1L : 0L).add(nps ? 1L : 0L)
			.add(nps && a.score() >= 9 ? 1L : 0L).add(nps && a.score() <= 6 ? 1L : 0L).endRow();
		answers.add(id).add(nps ? NPS_POSITION : CSAT_POSITION).add(a.measure().name()).add((long) a.score()).add((String) null).endRow();
		if (a.comment() != null) {
			answers.add(id).add(COMMENT_POSITION).add(SurveyMeasure.TEXT.name()).add((Long) null).add(a.comment()).endRow();
		}
		if (a.loopClosedAt() != null) {
			followUps.add(id).add(a.customerId()).add(a.advisorId()).add(a.answeredAt()).add(a.answeredAt().plus(followUpWithin))
				.add(a.loopClosedAt()).add(a.advisorId()).endRow();
		}
	}

	public void finish() throws SQLException {
		load.finish(jdbc, "survey_invitation", "survey_follow_up");
	}

	@Override
	public void close() throws SQLException {
		load.close();
	}
}
