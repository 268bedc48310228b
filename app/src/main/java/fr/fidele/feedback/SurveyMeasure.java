package fr.fidele.feedback;

/**
 * What a question measures, with its published scale: customer satisfaction (CSAT, 1 to 5, satisfied at 4 and 5),
 * the net promoter score's question (NPS, 0 to 10, promoters at 9 and 10, detractors up to 6), customer effort (CES
 * 2.0, 1 to 7, "the company made it easy", higher is easier), or free text.
 */
public enum SurveyMeasure {

	CSAT(1, 5), NPS(0, 10), CES(1, 7), TEXT(0, 0);

	private final int lowest;
	private final int highest;

	SurveyMeasure(int lowest, int highest) {
		this.lowest = lowest;
		this.highest = highest;
	}

	public int lowest() {
		return lowest;
	}

	public int highest() {
		return highest;
	}

	/** Whether answers are scores (every measure but free text). */
	public boolean scored() {
		return this != TEXT;
	}

	/** Whether {@code score} is on this measure's scale. */
	public boolean accepts(int score) {
		return scored() && score >= lowest && score <= highest;
	}

	/** Whether a score is an unhappy answer that opens a follow-up: a detractor (NPS 0-6) or a CSAT of 1 or 2. */
	public boolean unhappy(int score) {
		return this == NPS && score <= 6 || this == CSAT && score <= 2;
	}
}
