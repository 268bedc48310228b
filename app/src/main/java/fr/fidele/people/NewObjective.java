package fr.fidele.people;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An objective as a supervisor writes it, for an advisor or a team (one of the two).
 *
 * @param measure the name of an {@link ObjectiveMeasure}, checked so that a refusal can say why (a handle time)
 */
public record NewObjective(Long advisorId, Long teamId, String measure, BigDecimal target, LocalDate periodStart, LocalDate periodEnd, String note) {
}
