package fr.fidele.contactform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.fidele.platform.Digests;

/**
 * The time a form was shown, signed with the form's secret ({@code 1733300000123.hex}), sent back with the message:
 * how long the visitor took to fill it in, which no robot can forge. It needs no session, so the embedded form works
 * in a frame where the browser refuses the company's site a cookie of Fidèle's.
 */
final class FormTicket {

	private FormTicket() {
	}

	static String issue(String secret, Instant shownAt) {
		long millis = shownAt.toEpochMilli();
		return millis + "." + Digests.hmacSha256Hex(secret, Long.toString(millis));
	}

	/** How long ago the form was shown; empty when the ticket is missing, malformed or not signed by this form. */
	static Optional<Duration> age(String secret, String ticket, Instant now) {
		int dot = ticket == null ? -1 : ticket.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		String millis = ticket.substring(0, dot);
		if (!millis.chars().allMatch(Character::isDigit) || millis.length() > 15
				|| !Digests.constantTimeEquals(Digests.hmacSha256Hex(secret, millis), ticket.substring(dot + 1))) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(Instant.ofEpochMilli(Long.parseLong(millis)), now));
	}
}
