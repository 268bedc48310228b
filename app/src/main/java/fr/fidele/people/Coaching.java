package fr.fidele.people;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import fr.fidele.accounts.Users;
import fr.fidele.platform.RequiredText;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import fr.fidele.quality.Evaluations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions: the coach records the topic, the advisor's evaluations discussed, the actions agreed and the day
 * to look at them again; then the follow-up. The advisor reads their own sessions.
 */
@Service
public class Coaching {

	static final int TEXT_LENGTH = 2000;

	private final JdbcClient jdbc;
	private final Users users;
	private final Evaluations evaluations;
	private final Clock clock;

	Coaching(JdbcClient jdbc, Users users, Evaluations evaluations, Clock clock) {
		this.jdbc = jdbc;
		this.users = users;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	@Transactional
	public CoachingSession record(NewCoachingSession session, long coachId) {
		if (session.advisorId() == null || users.findById(session.advisorId()).isEmpty()) {
			throw new InvalidFieldException("advisorId", "unknownUser", session.advisorId());
		}
		if (session.advisorId() == coachId) {
			throw new InvalidFieldException("advisorId", "notOneself");
		}
		if (session.heldOn() == null || session.heldOn().isAfter(LocalDate.now(clock))) {
			throw new InvalidFieldException("heldOn", "notInTheFuture");
		}
		RequiredText.check("topic", session.topic(), 200);
		RequiredText.check("agreedActions", session.agreedActions(), TEXT_LENGTH);
		if (session.followUpOn() != null && session.followUpOn().isBefore(session.heldOn())) {
			throw new InvalidFieldException("followUpOn", "endsBeforeItStarts");
		}
		List<Long> discussed = session.evaluationIds() == null ? List.of() : session.evaluationIds();
		for (int i = 0; i < discussed.size(); i++) {
			Long id = discussed.get(i);
			if (id == null || evaluations.find(id).filter(e -> e.advisorId() == session.advisorId()).isEmpty()) {
				throw new InvalidFieldException("evaluationIds[" + i + "]", "notAnEvaluationOfTheAdvisor", id);
			}
		}
		long id = jdbc.sql("""
				insert into coaching_session (advisor_id, coach_id, held_on, topic, evaluation_ids, agreed_actions, follow_up_on, recorded_at)
				values (?, ?, ?, ?, cast(? as bigint[]), ?, ?, ?) returning id""")
			.params(session.advisorId(), coachId, Date.valueOf(session.heldOn()), StorableText.of(session.topic().strip()), discussed.toArray(Long[]::new),
					StorableText.of(session.agreedActions().strip()), session.followUpOn() == null ? null : Date.valueOf(session.followUpOn()),
					Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return get(id);
	}

	/** The coach looks at the agreed actions again, once. */
	@Transactional
	public CoachingSession followUp(long sessionId, String note) {
		get(sessionId);
		RequiredText.check("note", note, TEXT_LENGTH);
		int done = jdbc.sql("update coaching_session set followed_up_at = ?, follow_up_note = ? where id = ? and followed_up_at is null")
			.params(Timestamp.from(clock.instant()), StorableText.of(note.strip()), sessionId).update();
		if (done == 0) {
			throw new ConflictException("alreadyFollowedUp");
		}
		return get(sessionId);
	}

	public List<CoachingSession> of(long advisorId) {
		return jdbc.sql("select * from coaching_session where advisor_id = ? order by held_on desc, id desc").param(advisorId)
			.query(Coaching::session).list();
	}

	/** Sessions whose follow-up day has come and that nobody followed up yet, the oldest first. */
	public List<CoachingSession> followUpsDue() {
		return jdbc.sql("select * from coaching_session where followed_up_at is null and follow_up_on <= ? order by follow_up_on, id")
			.param(Date.valueOf(LocalDate.now(clock))).query(Coaching::session).list();
	}

	public CoachingSession get(long id) {
		return jdbc.sql("select * from coaching_session where id = ?").param(id).query(Coaching::session).optional()
			.orElseThrow(() -> new NotFoundException("coaching session", id));
	}

	private static CoachingSession session(ResultSet rs, int row) throws SQLException {
		Array ids = rs.getArray("evaluation_ids");
		Timestamp followedUp = rs.getTimestamp("followed_up_at");
		return new CoachingSession(rs.getLong("id"), rs.getLong("advisor_id"), rs.getLong("coach_id"), rs.getObject("held_on", LocalDate.class),
				rs.getString("topic"), Arrays.stream((Long[]) ids.getArray()).toList(), rs.getString("agreed_actions"),
				rs.getObject("follow_up_on", LocalDate.class), followedUp == null ? null : followedUp.toInstant(), rs.getString("follow_up_note"));
	}
}
