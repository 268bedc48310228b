package fr.fidele.gratitude;

/** A person thanked a customer themselves, and recorded it. */
public record CustomerThanked(long reminderId, long customerId, GratitudeMoment moment, long thankedBy, ThanksChannel channel) {
}
