package fr.fidele.loyalty;

/**
 * An experience a customer can have with the service, as read from the case file. Each is used as
 * a time-varying covariate "has had it at least once", switched on at the arrival of the first
 * contact that gave it. The SQL conditions apply to one contact row. An experience nobody has had yet (no survey
 * answered, say) is left out of the model rather than making it impossible to fit.
 */
public enum Experience {

	/** The first contact of a request (case), and it ended resolved. */
	RESOLVED_FIRST_CONTACT("resolved and first_of_case", true),
	/** A complaint that ended unresolved. */
	UNRESOLVED_COMPLAINT("reason_code = 'COMPLAINT' and resolved = false"),
	/** More than 300 seconds in a live queue before an answer or giving up. */
	LONG_WAIT("channel in ('PHONE', 'CHAT', 'CALLBACK', 'IN_PERSON') and queued_at is not null "
			+ "and coalesce(answered_at, ended_at) - queued_at > interval '300 seconds'"),
	/** Gave up while waiting. */
	ABANDONED("ended_by = 'ABANDONED'"),
	/** An answered call ended by the advisor within 30 seconds. */
	ADVISOR_HUNG_UP(HangUps.CONDITION),
	/** Had to identify again after a transfer. */
	REIDENTIFIED_AFTER_TRANSFER("reidentified_after_transfer"),
	/** Asked to cancel. */
	CANCELLATION_REQUEST("reason_code = 'CANCELLATION_REQUEST'"),
	/**
	 * Answered a survey about the contact as a detractor (NPS 0 to 6), from the feedback module's published scores;
	 * dated by the contact, which the answer follows within days.
	 */
	DETRACTOR("id in (select contact_id from survey_score_facts where measure = 'NPS' and score <= 6)"),
	/** Answered a survey about the contact dissatisfied (CSAT 1 or 2). */
	DISSATISFIED("id in (select contact_id from survey_score_facts where measure = 'CSAT' and score <= 2)"),
	/**
	 * Answered a survey about the contact as a promoter (NPS 9 or 10): with {@link #DETRACTOR}, the NPS's bands, the
	 * passives (7, 8) being the customers who had neither.
	 */
	PROMOTER("id in (select contact_id from survey_score_facts where measure = 'NPS' and score >= 9)", true),
	/** Answered a survey about the contact satisfied (CSAT 4 or 5): with {@link #DISSATISFIED}, the CSAT's bands. */
	SATISFIED("id in (select contact_id from survey_score_facts where measure = 'CSAT' and score >= 4)", true),
	/** An unhappy answer about the contact was followed up, and the follow-up closed in time: the loop closed. */
	LOOP_CLOSED("id in (select contact_id from survey_follow_up_facts where closed_in_time)", true),
	/** Signed in on the help centre and read its articles: tried to help themselves (the channel SELF_SERVICE). */
	SELF_SERVICE("channel = 'SELF_SERVICE'", true);

	private final String condition;
	private final boolean good;

	Experience(String condition) {
		this(condition, false);
	}

	Experience(String condition, boolean good) {
		this.condition = condition;
		this.good = good;
	}

	String condition() {
		return condition;
	}

	/** Whether it is meant to keep customers (a resolution, a happy answer, a loop closed), not a harm. */
	boolean good() {
		return good;
	}
}
