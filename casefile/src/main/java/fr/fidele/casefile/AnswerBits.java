package fr.fidele.casefile;

/**
 * What the survey answers about a contact say, as bits of {@link ContactRow#answers}: the NPS and CSAT bands, and an
 * unhappy answer's follow-up closed in time. One query gives them, for the application's scan and the Spark jobs.
 */
public final class AnswerBits {

	public static final int DETRACTOR = 1;
	public static final int DISSATISFIED = 2;
	public static final int PROMOTER = 4;
	public static final int SATISFIED = 8;
	public static final int LOOP_CLOSED = 16;

	private AnswerBits() {
	}

	/**
	 * Each contact's bits, as {@code (contact_id bigint, bits int8)}, of the published scores and follow-ups (the
	 * feedback module's read contracts); {@code condition} ({@code true} for every contact) restricts the contacts on
	 * {@code contact_id}.
	 */
	public static String query(String condition) {
		return """
				select contact_id, bit_or(bits)::int8 from (
				    select contact_id, case when measure = 'NPS' and score <= 6 then %d when measure = 'NPS' and score >= 9 then %d
				        when measure = 'CSAT' and score <= 2 then %d when measure = 'CSAT' and score >= 4 then %d else 0 end as bits
				    from survey_score_facts where contact_id is not null
				    union all
				    select contact_id, %d from survey_follow_up_facts where closed_in_time and contact_id is not null) a
				where %s
				group by contact_id""".formatted(DETRACTOR, PROMOTER, DISSATISFIED, SATISFIED, LOOP_CLOSED, condition);
	}
}
