package fr.fidele.mystery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.fidele.casefile.Channel;
import fr.fidele.quality.Answer;

/**
 * A shopper's assignment — a scenario to play in a wave, against the company ({@code competitorId} null) or a
 * competitor — and, once reported, the visit: when, on which channel, what was seen, and its score with the grid.
 */
public record Assignment(long id, Scenario scenario, int wave, long shopperId, Long competitorId, String competitorName, LocalDate dueOn,
		Instant visitedAt, Channel channel, String evidence, BigDecimal score, Boolean criticalFailed, Instant reportedAt, List<Answer> answers) {

	public boolean reported() {
		return reportedAt != null;
	}
}
