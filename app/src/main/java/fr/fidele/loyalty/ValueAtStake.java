package fr.fidele.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What service failures cost and who is at risk now, with every assumption used.
 *
 * @param atRisk the customers at risk now with the most value, {@link ValueAtStakeAnalysis#AT_RISK_SHOWN} at most
 * @param atRiskCount all customers at risk now
 * @param atRiskMonthlyValue their monthly value together
 * @param attributableDepartures departures caused by bad experiences over the follow-up, if the
 * experience model's ratios are causal (sum over harmful experiences of their attributable departures)
 * @param averageMonthlyValue average monthly value of the customers who left
 * @param departureCost what one departure costs: winning a new customer plus the revenue months lost
 * @param churnCost attributable departures times the cost of one
 * @param unhappyCustomers customers who had at least one experience that loses customers
 * @param happyCustomers customers with a resolved contact and none of those experiences
 * @param unhappyReach people the unhappy customers tell
 * @param happyReach people the happy customers tell
 */
public record ValueAtStake(List<AtRiskCustomer> atRisk, long atRiskCount, BigDecimal atRiskMonthlyValue,
		double attributableDepartures, double averageMonthlyValue, double departureCost, double churnCost,
		long unhappyCustomers, long happyCustomers, double unhappyReach, double happyReach,
		Map<Assumption, Double> assumptions, Instant computedAt) {
}
