package fr.fidele.guidance;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Which guide fits this customer at this moment: among the live guides whose every named criterion matches (reason,
 * channel, segment, situation), the most specific; between two as specific, one naming a situation (a churn risk, an
 * open complaint) before one naming only the reason, then by code. Then the version's variant for the customer's
 * expertise and language ({@link GuideVersion#variantFor}).
 */
@Component
public class GuideChoice {

	/** How far back a cancellation request makes the customer a churn risk. */
	public static final int CHURN_RISK_DAYS = 90;

	/** The guide chosen, its live version and the variant shown. */
	public record Chosen(Guide guide, GuideVersion version, GuideVariant variant) {
	}

	private final Guides guides;

	GuideChoice(Guides guides) {
		this.guides = guides;
	}

	public Optional<Chosen> choose(Moment moment) {
		Comparator<Guide> best = Comparator.comparingInt(Guide::specificity).thenComparing(guide -> guide.situation() != null)
			.thenComparing(Guide::code, Comparator.reverseOrder());
		Map<Guide, GuideVersion> live = guides.live();
		return live.keySet().stream().filter(guide -> fits(guide, moment)).max(best)
			.flatMap(guide -> live.get(guide).variantFor(moment.expertise(), moment.language())
				.map(variant -> new Chosen(guide, live.get(guide), variant)));
	}

	private static boolean fits(Guide guide, Moment moment) {
		return (guide.reasonCode() == null || guide.reasonCode().equals(moment.reasonCode()))
				&& (guide.channel() == null || guide.channel() == moment.channel())
				&& (guide.segment() == null || guide.segment() == moment.segment())
				&& (guide.situation() == null || moment.situations().contains(guide.situation()));
	}
}
