package fr.fidele.feedback;

import fr.fidele.platform.database.ReportingReads;
import fr.fidele.stats.measures.MeanScore;
import fr.fidele.stats.measures.NetPromoterScore;
import fr.fidele.stats.measures.Proportion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The satisfaction figures, each by its published definition, with its sample size and its 95% interval: the response
 * rate and CSAT (the share of 4 and 5 on 1–5) with Wilson's score interval, the NPS (% of 9–10 minus % of 0–6) with
 * the Wald interval of a trinomial difference, and CES (the mean on 1–7) with the normal interval of a mean. Below
 * {@value #ENOUGH} answers a figure is shown as "not enough answers yet", never ranked. Read from the read replica when
 * there is one.
 */
@Service
public class SurveyFigures {

	static final int ENOUGH = 30;
	private static final double LEVEL = 0.95;

	/** A figure and its interval (null where it has none: one answer); {@code enough} false below {@value #ENOUGH} answers. */
	public record Figure(long answers, double value, Double lower, Double upper, boolean enough) {

		Figure(long answers, double value, double lower, double upper) {
			this(answers, value, Double.isNaN(lower) ? null : lower, Double.isNaN(upper) ? null : upper, answers >= ENOUGH);
		}
	}

	/**
	 * @param invited invitations sent in the filter
	 * @param answered of those, the answered ones
	 * @param responseRate answered / invited, in percent
	 * @param csat satisfied share, in percent (null without a CSAT answer)
	 * @param nps net promoter score, −100 to +100, with its promoters and detractors (null without an NPS answer)
	 * @param ces mean effort, 1 to 7 (null without a CES answer)
	 * @param loopsClosed of the unhappy answers' follow-ups, the share closed by their due time, in percent (null without one)
	 */
	public record Figures(long invited, long answered, Figure responseRate, Figure csat, Nps nps, Figure ces, Figure loopsClosed) {
	}

	/** The NPS with its counts. */
	public record Nps(Figure score, long promoters, long passives, long detractors) {
	}

	private final ReportingReads reporting;

	SurveyFigures(ReportingReads reporting) {
		this.reporting = reporting;
	}

	public Figures of(SurveyFilter filter) {
		return reporting.read(connection -> of(ReportingReads.jdbc(connection), filter.clause()));
	}

	private static Figures of(JdbcClient jdbc, SurveyFilter.Clause where) {
		Sums sums = jdbc.sql("""
				select count(*), count(i.answered_at), sum(i.csat_answers), sum(i.csat_satisfied), sum(i.nps_answers), sum(i.nps_promoters),
				    sum(i.nps_detractors), sum(i.ces_answers), sum(i.ces_sum), sum(i.ces_squares)
				from survey_invitation i where i.sent_at is not null and\s""" + where.sql())
			.params(where.parameters())
			.query((rs, n) -> new Sums(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
					rs.getLong(8), rs.getDouble(9), rs.getDouble(10)))
			.single();
		long[] loops = jdbc.sql("""
				select count(*), count(*) filter (where f.closed_at <= f.due_at)
				from survey_follow_up f join survey_invitation i on i.id = f.invitation_id where\s""" + where.sql())
			.params(where.parameters()).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		return new Figures(sums.invited(), sums.answered(), sums.invited() == 0 ? null : share(new Proportion(sums.answered(), sums.invited())),
				sums.csat() == 0 ? null : share(new Proportion(sums.satisfied(), sums.csat())),
				sums.nps() == 0 ? null : nps(new NetPromoterScore(sums.nps(), sums.promoters(), sums.detractors())),
				sums.ces() == 0 ? null : mean(new MeanScore(sums.ces(), sums.effort(), sums.effortSquares())),
				loops[0] == 0 ? null : share(new Proportion(loops[1], loops[0])));
	}

	/** What the database sums over the invitations of a filter. */
	private record Sums(long invited, long answered, long csat, long satisfied, long nps, long promoters, long detractors, long ces,
			double effort, double effortSquares) {
	}

	private static Figure share(Proportion share) {
		return new Figure(share.denominator(), 100 * share.value(), 100 * share.lower(LEVEL), 100 * share.upper(LEVEL));
	}

	private static Nps nps(NetPromoterScore nps) {
		return new Nps(new Figure(nps.responses(), nps.score(), nps.lower(LEVEL), nps.upper(LEVEL)), nps.promoters(), nps.passives(),
				nps.detractors());
	}

	private static Figure mean(MeanScore mean) {
		return new Figure(mean.answers(), mean.mean(), mean.lower(LEVEL), mean.upper(LEVEL));
	}
}
