package fr.fidele.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An outcome event to record.
 *
 * @param externalRef an identifier from the source system, so that replaying a feed records it once
 */
public record NewOutcome(OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue, String note,
		String externalRef) {
}
