package fr.fidele.guidance;

import java.time.Instant;

import fr.fidele.casefile.Channel;
import fr.fidele.casefile.Segment;

/**
 * An interview guide and the situation it answers: each criterion left null matches any contact; the most specific
 * guide that matches is the one shown ({@link GuideChoice}).
 */
public record Guide(long id, String code, String titleFr, String titleEn, String reasonCode, Channel channel, Segment segment,
		Situation situation, Instant createdAt, Instant retiredAt) {

	public String title(String language) {
		return "en".equals(language) ? titleEn : titleFr;
	}

	/** How many criteria the guide names: the more, the more specific. */
	int specificity() {
		return (reasonCode != null ? 1 : 0) + (channel != null ? 1 : 0) + (segment != null ? 1 : 0) + (situation != null ? 1 : 0);
	}
}
