package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The contact counts of the whole service as of the last recomputation, and those of each dashboard filter asked
 * for since, counted once per filter. The team of a filter is left out: it chooses the advisors shown, not the
 * contacts they are compared with.
 */
@Component
class CountsByFilter {

	private final ContactCounts counts;
	private final Clock clock;
	private final AtomicReference<Snapshot> latest = new AtomicReference<>();
	private final FilterMemo<ContactCounts.Counts> byFilter = new FilterMemo<>();

	/** The counts of the whole service and the day they were counted up to. */
	private record Snapshot(LocalDate asOf, ContactCounts.Counts counts) {
	}

	CountsByFilter(ContactCounts counts, Clock clock) {
		this.counts = counts;
		this.clock = clock;
	}

	/** Counts the whole service again, up to {@code asOf}, and forgets the filters counted before. */
	ContactCounts.Counts recount(LocalDate asOf) {
		return keep(asOf, counts.read(asOf, ContactFilter.NONE));
	}

	/** Keeps counts of the whole service made elsewhere, and forgets the filters counted before. */
	ContactCounts.Counts keep(LocalDate asOf, ContactCounts.Counts whole) {
		latest.set(new Snapshot(asOf, whole));
		byFilter.clear();
		return whole;
	}

	ContactCounts.Counts of(ContactFilter filter) {
		Snapshot snapshot = latest.get();
		if (snapshot == null) {
			recount(LocalDate.now(clock));
			snapshot = latest.get();
		}
		ContactFilter contacts = filter.withoutTeam();
		LocalDate asOf = snapshot.asOf();
		return contacts.isNone() ? snapshot.counts() : byFilter.get(contacts, f -> counts.read(asOf, f));
	}
}
