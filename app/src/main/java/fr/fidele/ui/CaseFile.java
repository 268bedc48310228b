package fr.fidele.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.SupportCase;
import fr.fidele.customers.Customer;
import fr.fidele.customers.OutcomeEvent;
import fr.fidele.history.HistoryEntry;

/**
 * A customer's case file as one page shows it: every contact on every channel and every outcome
 * event in one timeline, newest first, with the names of the advisors and reasons resolved.
 */
record CaseFile(Customer customer, long tenureDays, List<TimelineItem> timeline, List<SupportCase> cases,
		List<HistoryEntry> history, Labels labels) {

	/** A contact or an outcome event, in time order. */
	record TimelineItem(Instant at, Contact contact, OutcomeEvent outcome) {
	}

	static List<TimelineItem> timeline(List<Contact> contacts, List<OutcomeEvent> outcomes) {
		List<TimelineItem> items = new ArrayList<>();
		contacts.forEach(c -> items.add(new TimelineItem(c.arrivedAt(), c, null)));
		outcomes.forEach(o -> items.add(new TimelineItem(o.occurredOn().atStartOfDay().toInstant(ZoneOffset.UTC), null, o)));
		items.sort(Comparator.comparing(TimelineItem::at).reversed());
		return items;
	}
}
