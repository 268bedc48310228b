package fr.fidele.quality;

import java.time.Instant;
import java.util.List;

/** A calibration session: the evaluators who score the same contacts with one grid version. */
public record Calibration(long id, String name, long gridId, List<Long> contactIds, List<Long> evaluatorIds, long createdBy, Instant createdAt) {
}
