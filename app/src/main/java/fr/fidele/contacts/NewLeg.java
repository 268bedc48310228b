package fr.fidele.contacts;

import java.time.Instant;

/** A leg to record, its advisor named by user name. */
public record NewLeg(String advisor, Instant startedAt, Instant endedAt, String transferNote) {
}
