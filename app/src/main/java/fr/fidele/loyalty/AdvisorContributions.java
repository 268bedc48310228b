package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.casefile.ContactTally;
import fr.fidele.casefile.TallyCounts.AdvisorCell;
import org.springframework.stereotype.Service;

/**
 * Each advisor's contribution to loyalty, adjusted for case mix and shrunk toward their team.
 * <p>
 * Case mix, by indirect standardisation: every contact an advisor answered first falls in a cell
 * (segment, reason, channel, tenure band, value band); the cell's departure rate within the window
 * over all advisors gives the contact's expected departure; an advisor's expected departures are the
 * sum over their contacts, observed ones are counted. Shrinkage, by empirical Bayes: each
 * advisor's true ratio is taken as drawn from a gamma distribution with the mean of their team's
 * ratio and a variance estimated from the advisors themselves (method of moments); with Poisson
 * counts the posterior is gamma again, and gives the shrunk ratio and its interval
 * (Wilson–Hilferty quantiles). Advisors below
 * {@value #MIN_CONTACTS} contacts are listed, never ranked.
 */
@Service
public class AdvisorContributions {

	static final int WINDOW_DAYS = ContactTally.WINDOW_DAYS;
	static final int MIN_CONTACTS = 50;
	private static final double Z = 1.959963984540054;
	/** Smallest between-advisor variance of the ratio, so that shrinkage never becomes total. */
	private static final double MIN_SPREAD = 1e-4;

	private final CountsByFilter counts;
	private final AdvisorNames people;
	private final Clock clock;

	AdvisorContributions(CountsByFilter counts, AdvisorNames people, Clock clock) {
		this.counts = counts;
		this.people = people;
		this.clock = clock;
	}

	/** Every advisor of the whole service, as last counted. */
	public List<AdvisorContribution> advisors() {
		return advisors(ContactFilter.NONE);
	}

	/**
	 * The contributions over the contacts of {@code filter}; its team chooses the advisors listed, while the case-mix
	 * rates and the spread between advisors come from every advisor.
	 */
	public List<AdvisorContribution> advisors(ContactFilter filter) {
		List<AdvisorContribution> all = contributions(counts.of(filter).advisors(), people.names());
		return filter.teamId() == null ? all : all.stream().filter(a -> filter.teamId().equals(a.teamId())).toList();
	}

	/** Counts again, on contacts whose whole window lies before {@code asOf} (null: today). */
	public List<AdvisorContribution> recompute(LocalDate asOf) {
		counts.recount(asOf != null ? asOf : LocalDate.now(clock));
		return advisors();
	}

	static List<AdvisorContribution> contributions(List<AdvisorCell> rows, Map<Long, AdvisorNames.Name> names) {
		List<AdvisorCell> cells = rows.stream().filter(r -> r.contacts() > 0).toList();
		Map<Integer, long[]> byCell = new HashMap<>();
		for (AdvisorCell c : cells) {
			long[] totals = byCell.computeIfAbsent(c.cell(), k -> new long[2]);
			totals[0] += c.contacts();
			totals[1] += c.churned();
		}
		Map<Long, double[]> byAdvisor = new HashMap<>();
		for (AdvisorCell c : cells) {
			long[] totals = byCell.get(c.cell());
			double[] oe = byAdvisor.computeIfAbsent(c.advisor(), k -> new double[3]);
			oe[0] += c.churned();
			oe[1] += c.contacts() * (double) totals[1] / totals[0];
			oe[2] += c.contacts();
		}
		return shrink(byAdvisor, names);
	}

	private static List<AdvisorContribution> shrink(Map<Long, double[]> byAdvisor, Map<Long, AdvisorNames.Name> people) {
		Map<String, double[]> teams = new HashMap<>();
		byAdvisor.forEach((id, oe) -> {
			double[] team = teams.computeIfAbsent(people.get(id).team(), k -> new double[2]);
			team[0] += oe[0];
			team[1] += oe[1];
		});
		double spread = spread(byAdvisor, people, teams);
		List<AdvisorContribution> result = new ArrayList<>();
		byAdvisor.forEach((id, oe) -> {
			AdvisorNames.Name advisor = people.get(id);
			double[] team = teams.get(advisor.team());
			double prior = team[1] > 0 && team[0] > 0 ? team[0] / team[1] : 1;
			double alpha = prior * prior / spread;
			double shape = alpha + oe[0];
			double rate = alpha / prior + oe[1];
			boolean enough = oe[2] >= MIN_CONTACTS;
			result.add(new AdvisorContribution(id, advisor.username(), advisor.name(), advisor.teamId(), advisor.team(), (long) oe[2],
					(long) oe[0], oe[1], oe[1] > 0 ? oe[0] / oe[1] : Double.NaN, prior, enough ? shape / rate : Double.NaN,
					enough ? gammaQuantile(shape, rate, -Z) : Double.NaN, enough ? gammaQuantile(shape, rate, Z) : Double.NaN,
					enough));
		});
		result.sort(Comparator.comparing((AdvisorContribution a) -> !a.enoughContacts())
			.thenComparing(Comparator.comparingDouble(AdvisorContribution::ratio).reversed()));
		return result;
	}

	/**
	 * Between-advisor variance of the ratio around the team's, beyond what Poisson noise explains:
	 * the mean of (O/E - team)^2 minus the mean of team/E, over advisors with enough contacts.
	 */
	private static double spread(Map<Long, double[]> byAdvisor, Map<Long, AdvisorNames.Name> people,
			Map<String, double[]> teams) {
		double excess = 0;
		double noise = 0;
		int n = 0;
		for (Map.Entry<Long, double[]> entry : byAdvisor.entrySet()) {
			double[] oe = entry.getValue();
			if (oe[2] < MIN_CONTACTS || oe[1] <= 0) {
				continue;
			}
			double[] team = teams.get(people.get(entry.getKey()).team());
			double prior = team[0] / team[1];
			excess += Math.pow(oe[0] / oe[1] - prior, 2);
			noise += prior / oe[1];
			n++;
		}
		return n == 0 ? MIN_SPREAD : Math.max(MIN_SPREAD, (excess - noise) / n);
	}

	/** Wilson–Hilferty approximation of the gamma(shape, rate) quantile at normal deviate z. */
	static double gammaQuantile(double shape, double rate, double z) {
		double c = 1 / (9 * shape);
		return shape / rate * Math.pow(1 - c + z * Math.sqrt(c), 3);
	}
}
