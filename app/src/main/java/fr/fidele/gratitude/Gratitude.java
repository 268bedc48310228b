package fr.fidele.gratitude;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.customers.Customers;
import fr.fidele.platform.RequiredText;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thank-you reminders: a moment a person noted (the customer helped, mentioned a loss), each person's list, and
 * the thank-you recorded — one customer at a time, in the person's own words, by the reminder's assignee or a
 * supervisor. Nothing here sends anything to the customer.
 */
@Service
public class Gratitude {

	static final int CONTEXT_LENGTH = 1000;
	/** Supervisors and administrators see and act on every reminder, the unassigned ones included. */
	private static final Set<Role> LEADS = Set.of(Role.SUPERVISOR, Role.ADMIN);
	private static final String SELECT = """
			select r.*, c.reference, c.display_name from gratitude_reminder r left join customer_facts c on c.id = r.customer_id""";

	private final JdbcClient jdbc;
	private final Customers customers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Gratitude(JdbcClient jdbc, Customers customers, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A person heard of a moment Fidèle cannot find (the customer helped, mentioned a loss): a reminder for whoever
	 * knows the customer best, or for the person who noted it.
	 */
	@Transactional
	public Reminder notice(Long customerId, GratitudeMoment moment, String context, long noticedBy) {
		if (customerId == null || customers.findById(customerId).isEmpty()) {
			throw new InvalidFieldException("customerId", "unknownCustomer", customerId);
		}
		if (moment == null) {
			throw new InvalidFieldException("moment", "required");
		}
		if (moment.found()) {
			throw new InvalidFieldException("moment", "momentFoundByFidele", moment);
		}
		RequiredText.check("context", context, CONTEXT_LENGTH);
		LocalDate today = LocalDate.now(clock);
		Long id = jdbc.sql("""
				insert into gratitude_reminder (customer_id, moment, occasion, context, noticed_by, noticed_at, assignee_id, due_on)
				values (?, ?, ?, ?, ?, ?, coalesce(%s, ?), ?) on conflict do nothing returning id""".formatted(BestKnown.advisorOf("?")))
			.params(customerId, moment.name(), today.toString(), StorableText.of(context.strip()), noticedBy, Timestamp.from(clock.instant()), customerId,
					noticedBy, Date.valueOf(today.plusDays(2)))
			.query(Long.class).optional().orElseThrow(() -> new ConflictException("momentAlreadyNoted"));
		return get(id);
	}

	/** A person's open reminders, the most pressing first, then what they recorded in the last 30 days. */
	public List<Reminder> of(long assigneeId) {
		return jdbc.sql(SELECT + """
				 where r.assignee_id = ? and (r.status = 'OPEN' or r.thanked_at >= ? or r.status = 'DISMISSED' and r.noticed_at >= ?)
				order by r.status <> 'OPEN', r.due_on, r.id""")
			.params(assigneeId, recent(), recent()).query(Gratitude::reminder).list();
	}

	/** Every open reminder, unassigned first, the most pressing first: the supervisors' list. */
	public List<Reminder> open(int limit) {
		return jdbc.sql(SELECT + " where r.status = 'OPEN' order by r.assignee_id nulls first, r.due_on, r.id limit ?").param(limit)
			.query(Gratitude::reminder).list();
	}

	/** The customer's reminders, the latest first: what their case file says of thanks. */
	public List<Reminder> ofCustomer(long customerId) {
		return jdbc.sql(SELECT + " where r.customer_id = ? order by r.noticed_at desc").param(customerId).query(Gratitude::reminder).list();
	}

	/** Records that {@code by} thanked the customer themselves, by {@code channel}, in the words of {@code note}. */
	@Transactional
	public Reminder thank(long reminderId, SignedInUser by, ThanksChannel channel, String note) {
		Reminder reminder = actionable(reminderId, by);
		if (channel == null) {
			throw new InvalidFieldException("channel", "required");
		}
		OwnWords.check(note);
		String digest = OwnWords.digest(note);
		// two people recording the same words at once: one after the other, and the second is refused
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(digest).query((rs, n) -> 1).single();
		boolean copied = jdbc.sql("select exists (select 1 from gratitude_reminder where note_digest = ? and customer_id <> ?)")
			.params(digest, reminder.customerId()).query(Boolean.class).single();
		if (copied) {
			throw new InvalidFieldException("note", "sameWordsForAnotherCustomer");
		}
		int thanked = jdbc.sql("""
				update gratitude_reminder set status = 'THANKED', thanked_at = ?, thanked_by = ?, channel = ?, note = ?, note_digest = ?
				where id = ? and status = 'OPEN'""")
			.params(Timestamp.from(clock.instant()), by.id(), channel.name(), StorableText.of(note.strip()), digest, reminderId).update();
		if (thanked == 0) {
			throw new ConflictException("reminderNotOpen");
		}
		events.publishEvent(new CustomerThanked(reminderId, reminder.customerId(), reminder.moment(), by.id(), channel));
		return get(reminderId);
	}

	/** Sets a reminder aside, with the reason (unreachable, not welcome now). */
	@Transactional
	public Reminder dismiss(long reminderId, SignedInUser by, String reason) {
		actionable(reminderId, by);
		RequiredText.check("reason", reason, CONTEXT_LENGTH);
		int dismissed = jdbc.sql("update gratitude_reminder set status = 'DISMISSED', dismissed_reason = ? where id = ? and status = 'OPEN'")
			.params(StorableText.of(reason.strip()), reminderId).update();
		if (dismissed == 0) {
			throw new ConflictException("reminderNotOpen");
		}
		return get(reminderId);
	}

	public Reminder get(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(Gratitude::reminder).optional()
			.orElseThrow(() -> new NotFoundException("reminder", id));
	}

	/** The reminder, if {@code by} may act on it: its assignee, or a supervisor; to anyone else it does not exist. */
	private Reminder actionable(long reminderId, SignedInUser by) {
		Reminder reminder = get(reminderId);
		boolean lead = by.roles().stream().anyMatch(LEADS::contains);
		if (!lead && (reminder.assigneeId() == null || reminder.assigneeId() != by.id())) {
			throw new NotFoundException("reminder", reminderId);
		}
		if (reminder.status() != ReminderStatus.OPEN) {
			throw new ConflictException("reminderNotOpen");
		}
		return reminder;
	}

	private Timestamp recent() {
		return Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30)));
	}

	private static Reminder reminder(ResultSet rs, int row) throws SQLException {
		String channel = rs.getString("channel");
		return new Reminder(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("reference"), rs.getString("display_name"),
				GratitudeMoment.valueOf(rs.getString("moment")), rs.getString("occasion"), rs.getString("context"), instant(rs, "noticed_at"),
				(Long) rs.getObject("assignee_id"), rs.getObject("due_on", LocalDate.class), ReminderStatus.valueOf(rs.getString("status")),
				instant(rs, "thanked_at"), (Long) rs.getObject("thanked_by"), channel == null ? null : ThanksChannel.valueOf(channel), rs.getString("note"),
				rs.getString("dismissed_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}
}
