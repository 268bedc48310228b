package fr.fidele.customers;

import java.time.LocalDate;

/**
 * Something happened to a customer's subscription (subscribed, renewed, cancelled...); {@code churnedOn} is the churn
 * date derived again from all their outcomes, null while they stay.
 */
public record OutcomeRecorded(long customerId, long outcomeId, OutcomeType type, LocalDate occurredOn, LocalDate churnedOn) {
}
