package fr.fidele.loyalty;

import fr.fidele.casefile.ContactRow;

import fr.fidele.casefile.ContactRow;

/**
 * What counts as hanging up on a customer: an answered phone call (or callback) ended by the
 * advisor less than 30 seconds after the answer. Shared by the churn model, the integrity view and the
 * quality module's draws, so that all count the same thing: in SQL here, in Java for the loyalty scan
 * ({@link ContactRow#hungUpOn()}, compared with this condition by {@code ContactRowTests}).
 */
public final class HangUps {

	static final int MAX_SECONDS = ContactRow.HANG_UP_SECONDS;

	private HangUps() {
	}

	/** The condition on a contact row whose columns are prefixed by {@code alias} (such as {@code "ct."}). */
	public static String condition(String alias) {
		return "%1$schannel in ('PHONE', 'CALLBACK') and %1$sended_by = 'ADVISOR' and %1$sanswered_at is not null and %1$sended_at - %1$sanswered_at < interval '%2$d seconds'"
			.formatted(alias, MAX_SECONDS);
	}
}
