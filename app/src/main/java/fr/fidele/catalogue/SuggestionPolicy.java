package fr.fidele.catalogue;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.fidele.casefile.Segment;
import org.springframework.stereotype.Component;

/**
 * The two or three suggestions that fit this customer at this contact: the links from what they hold (or for anyone)
 * to what they do not hold yet, whose reason and segment, where named, are the contact's and the customer's. A link
 * naming the contact's reason comes first, then one naming the segment, then complements before upgrades before next
 * needs; one suggestion per product. Nothing at all when the customer has an open complaint or asked to cancel, unless
 * a supervisor's rule allows it.
 */
@Component
public class SuggestionPolicy {

	/** At most this many suggestions at once: more would be a sales script, not a service. */
	public static final int AT_MOST = 3;

	/** The customer at this contact, as the suggestions are chosen for them. */
	public record Situation(String reasonCode, Segment segment, Set<String> holdings, Set<RuleSituation> heldBack) {
	}

	public List<ProductLink> choose(Situation situation, List<ProductLink> links, Map<RuleSituation, Boolean> rules, Set<String> activeProducts) {
		if (situation.heldBack().stream().anyMatch(moment -> !rules.getOrDefault(moment, false))) {
			return List.of();
		}
		Comparator<ProductLink> best = Comparator.comparing((ProductLink link) -> link.reasonCode() == null)
			.thenComparing(link -> link.segment() == null).thenComparing(ProductLink::kind).thenComparing(ProductLink::id);
		Map<String, ProductLink> byProduct = new LinkedHashMap<>();
		links.stream().filter(link -> fits(link, situation, activeProducts)).sorted(best)
			.forEach(link -> byProduct.putIfAbsent(link.toProduct(), link));
		return byProduct.values().stream().limit(AT_MOST).toList();
	}

	private static boolean fits(ProductLink link, Situation situation, Set<String> activeProducts) {
		return activeProducts.contains(link.toProduct()) && !situation.holdings().contains(link.toProduct())
				&& (link.fromProduct() == null || situation.holdings().contains(link.fromProduct()))
				&& (link.reasonCode() == null || link.reasonCode().equals(situation.reasonCode()))
				&& (link.segment() == null || link.segment() == situation.segment());
	}
}
