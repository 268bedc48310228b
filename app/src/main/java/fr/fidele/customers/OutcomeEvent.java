package fr.fidele.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A step in the customer's lifecycle, with the monthly value it leaves the relationship at. */
public record OutcomeEvent(long id, long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue,
		String note, String createdBy) {
}
