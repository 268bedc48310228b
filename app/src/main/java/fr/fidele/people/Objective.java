package fr.fidele.people;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An objective set by a supervisor for one advisor or one team, over a period. */
public record Objective(long id, Long advisorId, Long teamId, ObjectiveMeasure measure, BigDecimal target, LocalDate periodStart,
		LocalDate periodEnd, String note, long setBy, Instant setAt) {
}
