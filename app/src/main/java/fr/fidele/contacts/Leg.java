package fr.fidele.contacts;

import java.time.Instant;

/** One advisor's part of a contact, in order; a transfer note says what the next advisor must know. */
public record Leg(int seq, Long advisorId, Instant startedAt, Instant endedAt, String transferNote) {
}
