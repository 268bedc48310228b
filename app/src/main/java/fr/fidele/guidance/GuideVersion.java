package fr.fidele.guidance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import fr.fidele.customers.Expertise;

/** One version of a guide: its variants, who wrote it, and who approved (or refused) it. */
public record GuideVersion(long id, long guideId, int version, VersionStatus status, long writtenBy, Instant writtenAt, String changeNote,
		Long decidedBy, Instant decidedAt, List<GuideVariant> variants) {

	/**
	 * The variant for this customer: their expertise and language where written; otherwise the nearest expertise in
	 * their language (an expert is never given the novice's words when the intermediate's exist; between two as near, the simpler), then French.
	 */
	public Optional<GuideVariant> variantFor(Expertise expertise, String language) {
		Comparator<GuideVariant> fit = Comparator.comparingInt((GuideVariant v) -> v.language().equals(language) ? 0 : "fr".equals(v.language()) ? 1 : 2)
			.thenComparingInt(v -> Math.abs(v.expertise().ordinal() - expertise.ordinal()))
			.thenComparingInt(v -> v.expertise().ordinal());
		return variants.stream().min(fit);
	}
}
