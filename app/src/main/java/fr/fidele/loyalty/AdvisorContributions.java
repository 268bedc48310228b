package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	static final int WINDOW_DAYS = 90;
	static final int MIN_CONTACTS = 50;
	private static final double Z = 1.959963984540054;
	/** Smallest between-advisor variance of the ratio, so that shrinkage never becomes total. */
	private static final double MIN_SPREAD = 1e-4;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AtomicReference<List<AdvisorContribution>> latest = new AtomicReference<>();

	AdvisorContributions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<AdvisorContribution> advisors() {
		List<AdvisorContribution> advisors = latest.get();
		return advisors != null ? advisors : recompute(null);
	}

	/** One cell of one advisor: contacts and departures within the window after them. */
	private record Cell(long advisor, String cell, long contacts, long churned) {
	}

	/** What is known of an advisor. */
	private record Advisor(String username, String name, String team) {
	}

	/** Counts again, on contacts whose whole window lies before {@code asOf} (null: today). */
	public synchronized List<AdvisorContribution> recompute(LocalDate asOf) {
		LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
		List<Cell> cells = jdbc.sql("""
				select l.advisor_id,
				    concat_ws('|', cu.segment, coalesce(ct.reason_code, '-'), ct.channel,
				        case when ct.arrived_at::date - cu.customer_since < 90 then 't0'
				             when ct.arrived_at::date - cu.customer_since < 365 then 't1' else 't2' end,
				        case when cu.monthly_value < 40 then 'v0' when cu.monthly_value < 100 then 'v1' else 'v2' end),
				    count(*),
				    count(*) filter (where cu.churned_on >= ct.arrived_at::date
				                      and cu.churned_on < ct.arrived_at::date + cast(? as integer))
				from contact ct join contact_leg l on l.contact_id = ct.id and l.seq = 1
				join customer cu on cu.id = ct.customer_id
				where ct.answered_at is not null and ct.arrived_at < cast(? as date) - cast(? as integer)
				group by 1, 2""")
			.params(WINDOW_DAYS, day, WINDOW_DAYS)
			.query((rs, n) -> new Cell(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
		Map<String, long[]> byCell = new HashMap<>();
		for (Cell c : cells) {
			long[] totals = byCell.computeIfAbsent(c.cell(), k -> new long[2]);
			totals[0] += c.contacts();
			totals[1] += c.churned();
		}
		Map<Long, double[]> byAdvisor = new HashMap<>();
		for (Cell c : cells) {
			long[] totals = byCell.get(c.cell());
			double[] oe = byAdvisor.computeIfAbsent(c.advisor(), k -> new double[3]);
			oe[0] += c.churned();
			oe[1] += c.contacts() * (double) totals[1] / totals[0];
			oe[2] += c.contacts();
		}
		List<AdvisorContribution> result = shrink(byAdvisor, advisors());
		latest.set(result);
		return result;
	}

	private Map<Long, Advisor> advisors() {
		Map<Long, Advisor> advisors = new HashMap<>();
		jdbc.sql("select u.id, u.username, u.display_name, coalesce(t.name, '') from app_user u left join team t on t.id = u.team_id")
			.query(rs -> {
				advisors.put(rs.getLong(1), new Advisor(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return advisors;
	}

	private static List<AdvisorContribution> shrink(Map<Long, double[]> byAdvisor, Map<Long, Advisor> people) {
		Map<String, double[]> teams = new HashMap<>();
		byAdvisor.forEach((id, oe) -> {
			double[] team = teams.computeIfAbsent(people.get(id).team(), k -> new double[2]);
			team[0] += oe[0];
			team[1] += oe[1];
		});
		double spread = spread(byAdvisor, people, teams);
		List<AdvisorContribution> result = new ArrayList<>();
		byAdvisor.forEach((id, oe) -> {
			Advisor advisor = people.get(id);
			double[] team = teams.get(advisor.team());
			double prior = team[1] > 0 && team[0] > 0 ? team[0] / team[1] : 1;
			double alpha = prior * prior / spread;
			double shape = alpha + oe[0];
			double rate = alpha / prior + oe[1];
			boolean enough = oe[2] >= MIN_CONTACTS;
			result.add(new AdvisorContribution(id, advisor.username(), advisor.name(), advisor.team(), (long) oe[2],
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
	private static double spread(Map<Long, double[]> byAdvisor, Map<Long, Advisor> people, Map<String, double[]> teams) {
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
