package fr.fidele.gratitude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A moment to thank a customer for, with what the person thanking needs to know: the customer, why now, and whoever
 * noticed it; then how they were thanked, by whom, and in what words.
 */
public record Reminder(long id, long customerId, String customerReference, String customerName, GratitudeMoment moment, String occasion,
		String context, Instant noticedAt, Long assigneeId, LocalDate dueOn, ReminderStatus status, Instant thankedAt, Long thankedBy,
		ThanksChannel channel, String note, String dismissedReason) {
}
