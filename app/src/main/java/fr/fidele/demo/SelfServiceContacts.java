package fr.fidele.demo;

import java.time.Instant;
import java.util.Set;
import java.util.SplittableRandom;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactBulkLoad;
import fr.fidele.contacts.EndedBy;

/**
 * The help centre before a call: in the last year (the help centre is younger than the company), before a third of
 * the bills, technical questions, order follow-ups and requests for information, the customer signed in and read
 * articles first, earlier the same day; a self-service contact without reason or case, as {@code SelfService} records
 * it. Drawn from the customer's own stream of self-service draws. Having tried keeps customers: the effect
 * {@link PlantedEffects} names.
 */
final class SelfServiceContacts {

	/** Experience bit, beside the simulation's: tried the help centre at least once. */
	static final int TRIED = 1 << 18;

	private static final Set<String> REASONS = Set.of("BILLING", "TECHNICAL_HELP", "ORDER_STATUS", "INFORMATION");
	/** How long before the contact the customer read the help centre, at most. */
	private static final int HOURS_BEFORE = 3;

	private SelfServiceContacts() {
	}

	/** Writes the self-service contact {@code contactId} before a contact arriving at {@code arrived}, if the customer tried. */
	static int tried(DemoRows rows, SplittableRandom draws, long contactId, long customerId, String reason, long arrived, boolean recent)
			throws Exception {
		if (!recent || !REASONS.contains(reason) || draws.nextDouble() >= PlantedEffects.SELF_SERVICE_TRIED) {
			return 0;
		}
		long read = arrived - 600 - draws.nextInt(HOURS_BEFORE * 3600);
		rows.contact(new ContactBulkLoad.ContactRow(contactId, customerId, null, false, Channel.SELF_SERVICE, null, null, Instant.ofEpochSecond(read),
				null, null, Instant.ofEpochSecond(read + 60 + draws.nextInt(600)), EndedBy.CUSTOMER, true, false, null, null, null));
		return TRIED;
	}
}
