package fr.fidele.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each advisor's satisfaction, shown beside their loyalty contribution with the same care: the share of satisfied
 * answers (CSAT 4–5) about the contacts they answered, shrunk toward the whole service by empirical Bayes (a beta
 * prior with the service's share as its mean and the spread between advisors as its variance, by the method of
 * moments; the posterior mean is the shrunk share, its interval the posterior's normal approximation). Below
 * {@value SurveyFigures#ENOUGH} answers an advisor is listed, never ranked.
 */
@Service
public class AdvisorSatisfaction {

	private static final double Z = 1.959963984540054;
	/** Smallest spread between advisors, so that shrinkage never becomes total. */
	private static final double MIN_SPREAD = 1e-4;

	/**
	 * One advisor's satisfaction over the period, in percent.
	 *
	 * @param raw their own share of satisfied answers
	 * @param shrunk the share shrunk toward the service's, and its 95% interval
	 */
	public record Satisfaction(long advisorId, long answers, long satisfied, double raw, double shrunk, double lower, double upper,
			boolean enough) {
	}

	private final JdbcClient jdbc;

	AdvisorSatisfaction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The advisors with CSAT answers about contacts invited in [{@code from}, {@code to}) (either null: unbounded), by advisor. */
	public Map<Long, Satisfaction> of(Instant from, Instant to) {
		record Counts(long advisor, long answers, long satisfied) {
		}
		List<Counts> counts = jdbc.sql("""
				select advisor_id, sum(csat_answers), sum(csat_satisfied) from survey_invitation
				where advisor_id is not null and csat_answers > 0
				  and created_at >= coalesce(?::timestamptz, '-infinity') and created_at < coalesce(?::timestamptz, 'infinity')
				group by advisor_id""")
			.params(from == null ? null : Timestamp.from(from), to == null ? null : Timestamp.from(to))
			.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
		return shrunk(counts.stream().mapToLong(Counts::advisor).toArray(), counts.stream().mapToLong(Counts::answers).toArray(),
				counts.stream().mapToLong(Counts::satisfied).toArray());
	}

	/** The shrunk shares of advisors with {@code answers[i]} answers of which {@code satisfied[i]} satisfied. */
	static Map<Long, Satisfaction> shrunk(long[] advisors, long[] answers, long[] satisfied) {
		Map<Long, Satisfaction> all = new HashMap<>();
		int k = advisors.length;
		long totalAnswers = 0;
		long totalSatisfied = 0;
		for (int i = 0; i < k; i++) {
			totalAnswers += answers[i];
			totalSatisfied += satisfied[i];
		}
		if (totalAnswers == 0) {
			return all;
		}
		double p0 = (double) totalSatisfied / totalAnswers;
		double spread = 0;
		for (int i = 0; i < k; i++) {
			double p = (double) satisfied[i] / answers[i];
			spread += (p - p0) * (p - p0) - p0 * (1 - p0) / answers[i];
		}
		double tau2 = Math.max(MIN_SPREAD, spread / k);
		double strength = Math.max(0, p0 * (1 - p0) / tau2 - 1);
		for (int i = 0; i < k; i++) {
			double a = satisfied[i] + strength * p0;
			double b = answers[i] - satisfied[i] + strength * (1 - p0);
			double mean = a / (a + b);
			double sd = Math.sqrt(mean * (1 - mean) / (a + b + 1));
			all.put(advisors[i], new Satisfaction(advisors[i], answers[i], satisfied[i], 100.0 * satisfied[i] / answers[i], 100 * mean,
					100 * Math.max(0, mean - Z * sd), 100 * Math.min(1, mean + Z * sd), answers[i] >= SurveyFigures.ENOUGH));
		}
		return all;
	}
}
