package fr.fidele.contactform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a person from a robot without an outside service: a robot fills the field hidden from people (the honeypot),
 * posts a form it never loaded (no valid ticket) or posts it at once. A person who left the page open for hours is
 * neither: their ticket has expired and they are asked to send again, their text kept.
 */
final class SubmissionGuard {

	enum Verdict {
		PERSON, ROBOT, EXPIRED
	}

	private final Duration shortestFill;
	private final Duration longestFill;

	SubmissionGuard(ContactFormProperties settings) {
		this.shortestFill = settings.shortestFill();
		this.longestFill = settings.longestFill();
	}

	Verdict judge(String secret, String honeypot, String ticket, Instant now) {
		if (honeypot != null && !honeypot.isEmpty()) {
			return Verdict.ROBOT;
		}
		Optional<Duration> age = FormTicket.age(secret, ticket, now);
		if (age.isEmpty() || age.get().compareTo(shortestFill) < 0) {
			return Verdict.ROBOT;
		}
		return age.get().compareTo(longestFill) > 0 ? Verdict.EXPIRED : Verdict.PERSON;
	}
}
