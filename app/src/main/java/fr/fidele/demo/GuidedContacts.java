package fr.fidele.demo;

import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;

import fr.fidele.customers.Expertise;
import fr.fidele.guidance.GuideOutcome;
import fr.fidele.guidance.GuidanceBulkLoad;

/**
 * The demo's guides beside its answered contacts of the last {@value PlantedEffects#GUIDED_DAYS} days, for the reasons
 * that have one ({@link DemoGuides}): the advisor follows it, skips it, or says it did not fit, drawn from the
 * customer's own stream of guide draws. Following the billing guide keeps customers (the bill explained line by line),
 * following the technical one loses some (the full diagnosis read to everyone), the complaint guide does nothing: the
 * effects {@link PlantedEffects} names, as bits of the simulation's experiences. They are planted on reasons with no
 * experience of their own: planted on complaints, the complaint guide's effect was credited to the unresolved complaint
 * (measured 1.851, 1.775–1.929, for a planted 2.0), since the experience model does not know the guides.
 */
final class GuidedContacts {

	/** Experience bits, beside the simulation's: the first billing guide followed, the first technical one. */
	static final int FOLLOWED_HELPFUL = 1 << 15;
	static final int FOLLOWED_HARMFUL = 1 << 16;

	/** The guide of each reason that has one, and the experience bit its following gives (0: none planted). */
	private static final Map<String, Integer> PLANTED = Map.of(DemoGuides.BILLING, FOLLOWED_HELPFUL, DemoGuides.TECHNICAL_HELP,
			FOLLOWED_HARMFUL, DemoGuides.COMPLAINT, 0);

	private GuidedContacts() {
	}

	/** Writes the guide shown beside this answered contact, if its reason has one and it is recent; returns the experience bits. */
	static int shown(DemoRows rows, SplittableRandom draws, long contactId, long customerId, long advisorId, String reason, Expertise expertise,
			String language, Instant answeredAt, boolean recent) throws Exception {
		Integer planted = PLANTED.get(reason);
		if (planted == null || !recent) {
			return 0;
		}
		double u = draws.nextDouble();
		GuideOutcome outcome = u < PlantedEffects.GUIDE_FOLLOWED ? GuideOutcome.FOLLOWED
				: u < PlantedEffects.GUIDE_FOLLOWED + PlantedEffects.GUIDE_SKIPPED ? GuideOutcome.SKIPPED
				: u < PlantedEffects.GUIDE_FOLLOWED + PlantedEffects.GUIDE_SKIPPED + PlantedEffects.GUIDE_DID_NOT_FIT ? GuideOutcome.DID_NOT_FIT : null;
		int steps = outcome == GuideOutcome.FOLLOWED ? 1 + draws.nextInt(DemoGuides.STEPS) : 0;
		rows.guideShown(new GuidanceBulkLoad.Shown(contactId, customerId, advisorId, reason, expertise, language, answeredAt, outcome, steps));
		return outcome == GuideOutcome.FOLLOWED ? planted : 0;
	}
}
