package fr.fidele.feedback;

import java.util.EnumMap;
import java.util.Map;

import fr.fidele.stats.measures.MeanScore;
import fr.fidele.stats.measures.NetPromoterScore;
import fr.fidele.stats.measures.Proportion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The satisfaction figures, each by its published definition, with its sample size and its 95% interval: the response
 * rate and CSAT (the share of 4 and 5 on 1–5) with Wilson's score interval, the NPS (% of 9–10 minus % of 0–6) with
 * the Wald interval of a trinomial difference, and CES (the mean on 1–7) with the normal interval of a mean. Below
 * {@value #ENOUGH} answers a figure is shown as "not enough answers yet", never ranked.
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

	private final JdbcClient jdbc;

	SurveyFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Figures of(SurveyFilter filter) {
		SurveyFilter.Clause where = filter.clause();
		long[] sent = jdbc.sql("select count(*), count(i.answered_at) from survey_invitation i where i.sent_at is not null and " + where.sql())
			.params(where.parameters()).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		Map<SurveyMeasure, Sums> sums = new EnumMap<>(SurveyMeasure.class);
		jdbc.sql("""
				select a.measure, count(*), count(*) filter (where a.score >= 4), count(*) filter (where a.score >= 9),
				    count(*) filter (where a.score <= 6), sum(a.score), sum(a.score * a.score)
				from survey_answer a join survey_invitation i on i.id = a.invitation_id
				where a.measure <> 'TEXT' and\s""" + where.sql() + " group by a.measure")
			.params(where.parameters())
			.query((rs, n) -> sums.put(SurveyMeasure.valueOf(rs.getString(1)), new Sums(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getDouble(6), rs.getDouble(7))))
			.list();
		long[] loops = jdbc.sql("""
				select count(*), count(*) filter (where f.closed_at <= f.due_at)
				from survey_follow_up f join survey_invitation i on i.id = f.invitation_id where\s""" + where.sql())
			.params(where.parameters()).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		Sums csat = sums.get(SurveyMeasure.CSAT);
		Sums nps = sums.get(SurveyMeasure.NPS);
		Sums ces = sums.get(SurveyMeasure.CES);
		return new Figures(sent[0], sent[1], sent[0] == 0 ? null : share(new Proportion(sent[1], sent[0])),
				csat == null ? null : share(new Proportion(csat.fourOrMore(), csat.answers())),
				nps == null ? null : nps(new NetPromoterScore(nps.answers(), nps.nineOrMore(), nps.sixOrLess())),
				ces == null ? null : mean(new MeanScore(ces.answers(), ces.sum(), ces.squares())),
				loops[0] == 0 ? null : share(new Proportion(loops[1], loops[0])));
	}

	/** What the database sums of one measure's scores. */
	private record Sums(long answers, long fourOrMore, long nineOrMore, long sixOrLess, double sum, double squares) {
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
