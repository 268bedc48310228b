package fr.fidele.gratitude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads in bulk the reminders of a company's past (the demo company's), as the scan and the people would have written
 * them: a few thousand rows, written by arrays (instants and days as ISO text) in a handful of statements. A moment already there is left as it is.
 */
@Service
public class GratitudeBulkLoad {

	static final int BATCH = 5_000;

	/** One reminder and what became of it (thanked: {@code thankedAt}, {@code channel} and {@code note}; set aside: its reason). */
	public record Remembered(long customerId, GratitudeMoment moment, String occasion, Instant noticedAt, Long assigneeId, LocalDate dueOn,
			ReminderStatus status, Instant thankedAt, ThanksChannel channel, String note, String dismissedReason) {
	}

	private final JdbcClient jdbc;

	GratitudeBulkLoad(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void load(List<Remembered> reminders) {
		for (int from = 0; from < reminders.size(); from += BATCH) {
			List<Remembered> batch = reminders.subList(from, Math.min(reminders.size(), from + BATCH));
			jdbc.sql("""
					insert into gratitude_reminder (customer_id, moment, occasion, noticed_at, assignee_id, due_on, status, thanked_at, thanked_by,
					    channel, note, note_digest, dismissed_reason)
					select u.customer_id, u.moment, u.occasion, u.noticed_at, u.assignee_id, u.due_on, u.status, u.thanked_at,
					       case when u.status = 'THANKED' then u.assignee_id end, u.channel, u.note, u.digest, u.dismissed_reason
					from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(cast(? as text[]) as timestamptz[]), cast(? as bigint[]),
					            cast(cast(? as text[]) as date[]), cast(? as text[]), cast(cast(? as text[]) as timestamptz[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
					            cast(? as text[]))
					     as u(customer_id, moment, occasion, noticed_at, assignee_id, due_on, status, thanked_at, channel, note, digest, dismissed_reason)
					on conflict do nothing""")
				.params(batch.stream().map(Remembered::customerId).toArray(Long[]::new),
						batch.stream().map(r -> r.moment().name()).toArray(String[]::new), batch.stream().map(Remembered::occasion).toArray(String[]::new),
						batch.stream().map(r -> r.noticedAt().toString()).toArray(String[]::new),
						batch.stream().map(Remembered::assigneeId).toArray(Long[]::new),
						batch.stream().map(r -> r.dueOn().toString()).toArray(String[]::new),
						batch.stream().map(r -> r.status().name()).toArray(String[]::new),
						batch.stream().map(r -> r.thankedAt() == null ? null : r.thankedAt().toString()).toArray(String[]::new),
						batch.stream().map(r -> r.channel() == null ? null : r.channel().name()).toArray(String[]::new),
						batch.stream().map(Remembered::note).toArray(String[]::new),
						batch.stream().map(r -> r.note() == null ? null : OwnWords.digest(r.note())).toArray(String[]::new),
						batch.stream().map(Remembered::dismissedReason).toArray(String[]::new))
				.update();
		}
	}
}
