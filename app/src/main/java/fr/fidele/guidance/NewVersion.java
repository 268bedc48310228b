package fr.fidele.guidance;

import java.util.List;

/** A new version's variants and what changed, as its author writes it. */
public record NewVersion(String changeNote, List<GuideVariant> variants) {
}
