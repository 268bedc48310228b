package fr.fidele.loyalty;

import fr.fidele.casefile.TallyCounts;

import java.time.LocalDate;

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

	CountsByFilter(ContactsInMemory contacts) {
		this.contacts = contacts;
	}

	/** Counts again, for the analysis date {@code asOf}, on the contacts brought up to date. */
	void recount(LocalDate asOf) {
		contacts.countFor(asOf);
	}

	TallyCounts of(ContactFilter filter) {
		return byFilter.get(contacts.version(), filter.withoutTeam(), contacts::counts);
	}
}
