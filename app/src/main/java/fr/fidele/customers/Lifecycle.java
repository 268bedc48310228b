package fr.fidele.customers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Derives whether and when a customer churned from their outcome events: the customer is lost on
 * the date of a cancellation that no later event (renewal, win-back, new subscription, change of
 * plan) follows. Loyalty analytics read tenure and churn from here, never from a hand-set flag.
 */
public final class Lifecycle {

	private Lifecycle() {
	}

	/** The churn date, or null while the customer stays. Events on the same day count in id order. */
	public static LocalDate churnDate(List<OutcomeEvent> events) {
		return events.stream()
			.max(Comparator.comparing(OutcomeEvent::occurredOn).thenComparingLong(OutcomeEvent::id))
			.filter(last -> last.type() == OutcomeType.CANCELLED)
			.map(OutcomeEvent::occurredOn)
			.orElse(null);
	}
}
