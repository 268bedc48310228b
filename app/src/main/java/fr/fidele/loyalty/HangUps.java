package fr.fidele.loyalty;

/**
 * What counts as hanging up on a customer: an answered phone call (or callback) ended by the
 * advisor less than 30 seconds after the answer. Shared by the churn model and the integrity view
 * so that both count the same thing.
 */
final class HangUps {

	static final int MAX_SECONDS = 30;
	static final String CONDITION = "channel in ('PHONE', 'CALLBACK') and ended_by = 'ADVISOR' and answered_at is not null "
			+ "and ended_at - answered_at < interval '" + MAX_SECONDS + " seconds'";

	private HangUps() {
	}
}
