package fr.fidele.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How far a calibration's evaluators agree: Krippendorff's alpha on the scores (interval) and on each criterion
 * (ordinal for a scale, nominal for yes / no; "not applicable" counts as missing), and where they diverge — each
 * contact's scores by evaluator with their spread, the widest first.
 *
 * @param scored evaluations written so far, of {@code expected}
 */
public record CalibrationReport(Calibration calibration, Grid grid, int scored, int expected, Agreement scores, List<CriterionAgreement> criteria,
		List<ContactSpread> contacts) {

	/** An alpha, its metric, and the values it was computed from. */
	public record Agreement(double alpha, KrippendorffAlpha.Metric metric, int values) {

		/** Krippendorff's reading: {@code reliable}, {@code tentative}, {@code unreliable}, or {@code none} (not computable). */
		public String reading() {
			if (Double.isNaN(alpha)) {
				return "none";
			}
			return alpha >= KrippendorffAlpha.RELIABLE ? "reliable" : alpha >= KrippendorffAlpha.TENTATIVE ? "tentative" : "unreliable";
		}
	}

	/** One criterion's agreement, and on how many contacts its evaluators did not all give the same answer. */
	public record CriterionAgreement(int position, Criterion criterion, Agreement agreement, int contactsDiverging) {
	}

	/** One contact's scores by evaluator id, and the gap between the highest and the lowest. */
	public record ContactSpread(long contactId, Map<Long, BigDecimal> scores, BigDecimal spread) {
	}
}
