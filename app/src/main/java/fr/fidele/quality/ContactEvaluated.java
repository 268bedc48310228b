package fr.fidele.quality;

import java.math.BigDecimal;

/** A supervisor evaluated an advisor's contact with a grid (calibration scores excluded). */
public record ContactEvaluated(long evaluationId, long contactId, long advisorId, BigDecimal score, boolean criticalFailed) {
}
