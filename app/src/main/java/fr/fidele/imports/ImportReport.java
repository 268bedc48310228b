package fr.fidele.imports;

import java.time.Instant;
import java.util.List;

/**
 * What an import did. {@code total = imported + skipped + rejected}: skipped rows were already in
 * Fidèle (same reference), rejected rows are listed with their line and reason (the first
 * {@value Imports#MAX_LISTED_REJECTIONS} of them).
 */
public record ImportReport(long id, String kind, String fileName, int total, int imported, int skipped, int rejected,
		List<Rejection> rejections, String startedBy, Instant startedAt, Instant finishedAt) {
}
