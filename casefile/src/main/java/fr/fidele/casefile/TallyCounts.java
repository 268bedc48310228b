package fr.fidele.casefile;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link ContactTally} counted: the answered contacts by advisor and case-mix cell, the answered and abandoned
 * ones by queue, and, for a tally of every contact, each month's contacts in the company's time zone: contacts,
 * requests opened, resolved at once, offered, abandoned, answered calls, hang-ups.
 */
public record TallyCounts(List<AdvisorCell> advisors, List<QueueCount> queues, Map<YearMonth, long[]> months)
		implements Serializable {

	/**
	 * One advisor and case-mix cell (segment, reason, channel, tenure band, value band; -1 for contacts without a
	 * customer): their answered calls, contacts whose departure window lies before the analysis date and the
	 * departures within it.
	 */
	public record AdvisorCell(long advisor, int cell, CallCounts calls, long contacts, long churned) implements Serializable {

		AdvisorCell plus(AdvisorCell other) {
			return new AdvisorCell(advisor, cell, calls.plus(other.calls), contacts + other.contacts, churned + other.churned);
		}
	}

	/** One queue (empty name: contacts without one): the contacts offered to it, abandoned, and its answered calls. */
	public record QueueCount(String queue, long offered, long abandoned, CallCounts calls) implements Serializable {

		QueueCount plus(QueueCount other) {
			return new QueueCount(queue, offered + other.offered, abandoned + other.abandoned, calls.plus(other.calls));
		}
	}

	/**
	 * The counts of two disjoint sets of contacts counted apart (two ranges of customers on a cluster) as one tally of
	 * both would give them: every count added up by advisor and cell, by queue and by month.
	 */
	public TallyCounts plus(TallyCounts other) {
		Map<List<Long>, AdvisorCell> cells = new LinkedHashMap<>();
		for (List<AdvisorCell> part : List.of(advisors, other.advisors)) {
			part.forEach(c -> cells.merge(List.of(c.advisor(), (long) c.cell()), c, AdvisorCell::plus));
		}
		Map<String, QueueCount> byQueue = new LinkedHashMap<>();
		for (List<QueueCount> part : List.of(queues, other.queues)) {
			part.forEach(q -> byQueue.merge(q.queue(), q, QueueCount::plus));
		}
		Map<YearMonth, long[]> byMonth = new HashMap<>();
		for (Map<YearMonth, long[]> part : List.of(months, other.months)) {
			part.forEach((month, counters) -> byMonth.merge(month, counters.clone(), (a, b) -> {
				long[] sum = a.clone();
				for (int i = 0; i < sum.length; i++) {
					sum[i] += b[i];
				}
				return sum;
			}));
		}
		return new TallyCounts(new ArrayList<>(cells.values()), new ArrayList<>(byQueue.values()), Map.copyOf(byMonth));
	}
}
