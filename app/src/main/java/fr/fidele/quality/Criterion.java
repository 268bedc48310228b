package fr.fidele.quality;

/**
 * One line of a grid, in its section. A critical criterion answered "no", or at the bottom of its scale, fails the
 * whole evaluation (score 0), whatever the others say.
 *
 * @param scaleMax the top of the scale (a {@link CriterionKind#SCALE} from 1 to it), null for yes / no
 * @param skill the skill it observes, which training teaches; null: none named
 */
public record Criterion(String sectionFr, String sectionEn, String labelFr, String labelEn, int weight, CriterionKind kind, Integer scaleMax,
		boolean critical, Skill skill) {

	/** The lowest answer: "no", or 1 on a scale. */
	int bottom() {
		return kind == CriterionKind.YES_NO ? 0 : 1;
	}

	/** The highest answer: "yes", or the top of the scale. */
	int top() {
		return kind == CriterionKind.YES_NO ? 1 : scaleMax;
	}

	/** The label in the reader's language (French unless English). */
	public String label(String language) {
		return "en".equals(language) ? labelEn : labelFr;
	}

	public String section(String language) {
		return "en".equals(language) ? sectionEn : sectionFr;
	}
}
