package fr.fidele.contacts;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which case a new contact belongs to, so that nobody starts over. A contact about the same
 * reason as one of the customer's unresolved cases joins it; one about a case resolved within the
 * repeat window joins it and reopens it (the customer had to come back: it was not really
 * resolved); anything else opens a new case. A contact with no reason opens no case by itself.
 */
final class CaseAttachmentPolicy {

	/** The decision: join an existing case (perhaps reopening it) or open a new one, or neither. */
	record Decision(Optional<SupportCase> existing, boolean reopen, boolean openNew) {
	}

	private final Duration repeatWindow;

	CaseAttachmentPolicy(Duration repeatWindow) {
		this.repeatWindow = repeatWindow;
	}

	/** Cases resolved before this could not be reopened by a contact arriving at {@code arrivedAt}. */
	Instant resolvedSince(Instant arrivedAt) {
		return arrivedAt.minus(repeatWindow);
	}

	Decision decide(String reasonCode, Instant arrivedAt, List<SupportCase> customerCases) {
		if (reasonCode == null) {
			return new Decision(Optional.empty(), false, false);
		}
		Optional<SupportCase> unresolved = customerCases.stream()
			.filter(c -> reasonCode.equals(c.reasonCode()) && c.status().unresolved())
			.max(Comparator.comparing(SupportCase::openedAt));
		if (unresolved.isPresent()) {
			return new Decision(unresolved, false, false);
		}
		Optional<SupportCase> recentlyResolved = customerCases.stream()
			.filter(c -> reasonCode.equals(c.reasonCode()) && c.status() == CaseStatus.RESOLVED && c.resolvedAt() != null)
			.filter(c -> !arrivedAt.isBefore(c.resolvedAt()) && Duration.between(c.resolvedAt(), arrivedAt).compareTo(repeatWindow) <= 0)
			.max(Comparator.comparing(SupportCase::resolvedAt));
		if (recentlyResolved.isPresent()) {
			return new Decision(recentlyResolved, true, false);
		}
		return new Decision(Optional.empty(), false, true);
	}
}
