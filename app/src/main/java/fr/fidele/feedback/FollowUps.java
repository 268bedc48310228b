package fr.fidele.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.fidele.accounts.Role;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing the loop with unhappy customers: a detractor's answer, or a CSAT of 1 or 2, opens a follow-up for the advisor
 * of the contact it is about (for a relational survey, nobody in particular: the supervisors take it), due within
 * {@code fidele.feedback.follow-up-within}; whoever calls the customer back closes it with a note of what was done.
 * An amended answer opens none twice.
 */
@Service
public class FollowUps {

	private static final int LONGEST_NOTE = 2000;

	/** A follow-up as its list shows it: the customer, the survey, the unhappy scores and the comment given. */
	public record FollowUp(long id, long invitationId, Long customerId, Long contactId, Long assigneeId, String survey, String scores,
			String comment, Instant openedAt, Instant dueAt, Instant closedAt, String note) {

		public boolean late(Instant now) {
			return closedAt == null && now.isAfter(dueAt);
		}
	}

	private static final String SELECT = """
			select f.id, f.invitation_id, f.customer_id, i.contact_id, f.assignee_id, s.name,
			    (select string_agg(a.measure || ' ' || a.score, ', ' order by a.position) from survey_answer a
			     where a.invitation_id = i.id and a.score is not null) as scores,
			    (select string_agg(a.comment, ' / ' order by a.position) from survey_answer a
			     where a.invitation_id = i.id and a.comment is not null) as comment,
			    f.opened_at, f.due_at, f.closed_at, f.note
			from survey_follow_up f join survey_invitation i on i.id = f.invitation_id join survey s on s.id = i.survey_id""";

	private final JdbcClient jdbc;
	private final FeedbackProperties settings;
	private final Clock clock;

	FollowUps(JdbcClient jdbc, FeedbackProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SurveyAnswered answered) {
		if (!answered.unhappy()) {
			return;
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into survey_follow_up (invitation_id, customer_id, assignee_id, opened_at, due_at) values (?, ?, ?, ?, ?)
				on conflict (invitation_id) do nothing""")
			.params(answered.invitationId(), answered.customerId(), answered.advisorId(), Timestamp.from(now),
					Timestamp.from(now.plus(settings.followUpWithin())))
			.update();
	}

	/** The open follow-ups, those due first: an advisor's own ({@code assigneeId}), or every one (null). */
	public List<FollowUp> open(Long assigneeId) {
		return jdbc.sql(SELECT + " where f.closed_at is null and (?::bigint is null or f.assignee_id = ?) order by f.due_at, f.id")
			.params(assigneeId, assigneeId).query(FollowUps::map).list();
	}

	/** Whether someone with these roles sees and closes every follow-up (supervisors, administrators), not only their own. */
	public static boolean seesAll(Set<Role> roles) {
		return roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN);
	}

	public Optional<FollowUp> find(long id) {
		return jdbc.sql(SELECT + " where f.id = ?").param(id).query(FollowUps::map).optional();
	}

	/** Closed by {@code userId}, with what was done; an advisor closes only their own ({@code anyone} false). */
	@Transactional
	public FollowUp close(long id, long userId, boolean anyone, String note) {
		String what = note == null ? "" : note.strip();
		if (what.isEmpty()) {
			throw new InvalidFieldException("note", "required");
		}
		if (what.length() > LONGEST_NOTE) {
			throw new InvalidFieldException("note", "tooLong", LONGEST_NOTE);
		}
		FollowUp followUp = find(id).orElseThrow(() -> new NotFoundException("follow-up", id));
		if (!anyone && (followUp.assigneeId() == null || followUp.assigneeId() != userId)) {
			throw new NotFoundException("follow-up", id);
		}
		if (followUp.closedAt() != null) {
			throw new ConflictException("followUpClosed", id);
		}
		jdbc.sql("update survey_follow_up set closed_at = ?, closed_by = ?, note = ? where id = ?")
			.params(Timestamp.from(clock.instant()), userId, StorableText.of(what), id).update();
		return find(id).orElseThrow();
	}

	private static FollowUp map(ResultSet rs, int row) throws SQLException {
		return new FollowUp(rs.getLong("id"), rs.getLong("invitation_id"), (Long) rs.getObject("customer_id"), (Long) rs.getObject("contact_id"),
				(Long) rs.getObject("assignee_id"), rs.getString("name"), rs.getString("scores"), rs.getString("comment"),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
				Optional.ofNullable(rs.getTimestamp("closed_at")).map(Timestamp::toInstant).orElse(null), rs.getString("note"));
	}
}
