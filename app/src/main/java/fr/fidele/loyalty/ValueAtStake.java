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
 * @param detractors customers whose last NPS answer about a contact, before the analysis date, was 0 to 6
 * @param promoters customers whose last such answer was 9 or 10
 * @param detractorReach people the detractors tell (the unhappy reach)
 * @param promoterReach people the promoters tell (the happy reach)
 */
public record ValueAtStake(List<AtRiskCustomer> atRisk, long atRiskCount, BigDecimal atRiskMonthlyValue,
		double attributableDepartures, double averageMonthlyValue, double departureCost, double churnCost,
		long unhappyCustomers, long happyCustomers, double unhappyReach, double happyReach, long detractors, long promoters,
		double detractorReach, double promoterReach, Map<Assumption, Double> assumptions, Instant computedAt) {
}
