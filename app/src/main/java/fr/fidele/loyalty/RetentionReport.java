package fr.fidele.loyalty;

import java.time.Instant;
import java.util.List;

/**
 * Does going through the service keep customers? Customers who contacted the service against those
 * who had not (yet), with contact as a time-varying covariate (term {@code CONTACTED}), overall,
 * by channel, by reason and within each segment; beside it the naive comparison that ignores when
 * the contact happened (term {@code EVER_CONTACTED}), to show the immortal-time bias it carries; and
 * landmark Kaplan–Meier curves for the picture.
 *
 * @param unavailable why nothing could be estimated, or null
 */
public record RetentionReport(Effect overall, Effect naive, List<Effect> byChannel, List<Effect> byReason,
		List<Effect> bySegment, Landmark landmark, int customers, int churned, Instant computedAt, String unavailable) {

	/** The report of customers none of whom has left yet: nothing can be estimated. */
	static RetentionReport withoutDepartures(int customers, Instant computedAt) {
		return new RetentionReport(null, null, List.of(), List.of(), List.of(), null, customers, 0, computedAt,
				"no customer has churned yet");
	}

	/**
	 * Survival from a landmark day of tenure on, for the customers still there that day, by whether
	 * they had contacted the service before it: the groups are fixed at the landmark, so neither is
	 * credited with time it had to survive to get there.
	 */
	public record Landmark(int days, SurvivalPoints contacted, SurvivalPoints notContacted) {
	}
}
