package fr.fidele.mystery;

import java.time.Instant;
import java.util.List;

/** A mystery-shopping campaign: its scenarios and the quality grid version every visit is scored with. */
public record Campaign(long id, String name, long gridId, List<Scenario> scenarios, long createdBy, Instant createdAt) {
}
