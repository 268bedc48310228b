package fr.fidele.loyalty;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.casefile.TallyCounts;

import org.springframework.stereotype.Component;

/**
 * The contact counts of each dashboard filter asked for, counted once per filter on the contacts held in memory
 * and again when those change. The team of a filter is left out: it chooses the advisors shown, not the contacts
 * they are compared with.
 */
@Component
class CountsByFilter {

	private final ContactsInMemory contacts;
	private final FilterMemo<ContactFilter, TallyCounts> byFilter = new FilterMemo<>();
	/** The whole service's counts made elsewhere (the Spark job), used until the next count here. */
	private final AtomicReference<TallyCounts> adopted = new AtomicReference<>();

	CountsByFilter(ContactsInMemory contacts) {
		this.contacts = contacts;
	}

	/** Counts again, for the analysis date {@code asOf}, on the contacts brought up to date. */
	void recount(LocalDate asOf) {
		adopted.set(null);
		contacts.countFor(asOf);
	}

	/** Uses {@code whole}, the counts of every contact, for the whole service from now on. */
	void adopt(TallyCounts whole) {
		adopted.set(whole);
	}

	TallyCounts of(ContactFilter filter) {
		ContactFilter counted = filter.withoutTeam();
		TallyCounts whole = adopted.get();
		return counted.isNone() && whole != null ? whole : byFilter.get(contacts.version(), counted, contacts::counts);
	}
}
