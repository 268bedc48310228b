package fr.fidele.demo;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import fr.fidele.catalogue.CatalogueBulkLoad;
import fr.fidele.catalogue.SuggestionStatus;

/**
 * "Anything else?" beside the demo's answered orders, order-status and information contacts of the last year (reasons
 * with no experience of their own: see {@link GuidedContacts}): half of them show the first complement of what the
 * customer holds; the advisor offers it or sets it aside, and an offer is accepted a third of the time. Drawn from the
 * customer's own stream of suggestion draws. Accepting one keeps customers: the effect {@link PlantedEffects} names.
 */
final class SuggestedContacts {

	/** Experience bit, beside the simulation's: the first suggestion accepted. */
	static final int ACCEPTED = 1 << 17;

	private static final Set<String> REASONS = Set.of("ORDER", "ORDER_STATUS", "INFORMATION");

	private SuggestedContacts() {
	}

	static int shown(DemoRows rows, SplittableRandom draws, long contactId, long customerId, long advisorId, String reason, Instant answeredAt,
			boolean recent) throws Exception {
		if (!recent || !REASONS.contains(reason) || draws.nextDouble() >= PlantedEffects.SUGGESTION_SHOWN) {
			return 0;
		}
		List<String> held = DemoCatalogue.holdings(customerId);
		String from = held.get(0);
		String to = DemoCatalogue.COMPLEMENTS.get(from).stream().filter(product -> !held.contains(product)).findFirst().orElse(null);
		if (to == null) {
			return 0;
		}
		double u = draws.nextDouble();
		SuggestionStatus status = u < PlantedEffects.SUGGESTION_OFFERED ? SuggestionStatus.OFFERED
				: u < PlantedEffects.SUGGESTION_OFFERED + PlantedEffects.SUGGESTION_NOT_RELEVANT ? SuggestionStatus.NOT_RELEVANT : null;
		if (status == SuggestionStatus.OFFERED && draws.nextDouble() < PlantedEffects.OFFER_ACCEPTED) {
			status = SuggestionStatus.ACCEPTED;
		}
		rows.suggestionShown(new CatalogueBulkLoad.Shown(contactId, customerId, advisorId, from, to, answeredAt, status));
		return status == SuggestionStatus.ACCEPTED ? ACCEPTED : 0;
	}
}
