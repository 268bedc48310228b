package fr.fidele.demo;

/**
 * The true effects of service on churn planted in the demo company. Each is a hazard ratio that
 * applies, from the contact on and for the rest of the customer's life, once the customer has had
 * the experience (a time-varying covariate "has ever had X"); effects multiply. A Cox model with
 * these covariates, time-varying in counting-process form, and segment as strata should find each
 * ratio inside its 95% interval. The same figures are in docs/demo-company.md.
 */
final class PlantedEffects {

	/** Baseline daily churn hazard of a residential customer: about 20% a year. */
	static final double BASE_DAILY_HAZARD = 0.0006;
	static final double PROFESSIONAL_FACTOR = 0.8;
	static final double PREMIUM_FACTOR = 0.6;

	/** A contact resolved at first contact keeps customers. */
	static final double RESOLVED_FIRST_CONTACT = 0.85;
	/** A complaint left unresolved at the end of a contact. */
	static final double UNRESOLVED_COMPLAINT = 2.0;
	/** Waited more than {@link #LONG_WAIT_SECONDS} in queue (answered or not). */
	static final double LONG_WAIT = 1.3;
	static final int LONG_WAIT_SECONDS = 300;
	/** Gave up while waiting. */
	static final double ABANDONED = 1.5;
	/** The advisor hung up on the customer (short answered call ended by the advisor). */
	static final double ADVISOR_HUNG_UP = 1.8;
	/** Had to identify again after a transfer. */
	static final double REIDENTIFIED_AFTER_TRANSFER = 1.4;
	/** Asked to cancel. */
	static final double CANCELLATION_REQUEST = 3.0;

	/** Answered a survey about a contact as a detractor (NPS 0 to 6: asked after calls and callbacks). */
	static final double DETRACTOR = 1.6;
	/** Answered a survey about a contact dissatisfied (CSAT 1 or 2: asked after the other channels). */
	static final double DISSATISFIED = 1.5;
	/** Answered a survey about a contact as a promoter (NPS 9 or 10). */
	static final double PROMOTER = 0.8;
	/** Answered a survey about a contact satisfied (CSAT 4 or 5). */
	static final double SATISFIED = 0.85;
	/** An unhappy answer followed up and closed in time: the loop closed, part of the harm undone. */
	static final double LOOP_CLOSED = 0.75;
	/** Share of the unhappy answers whose follow-up is closed in time (the others had none). */
	static final double LOOPS_CLOSED_SHARE = 0.6;
	/** Share of survey answers with a comment. */
	static final double COMMENT_RATE = 0.6;
	/** Share of passive answers' comments telling of being transferred from one advisor to another (the theme TRANSFERRED). */
	static final double WRITES_TRANSFERRED = 0.4;
	/** Share of passive answers' comments telling of an advisor's rudeness (the theme RUDENESS). */
	static final double WRITES_RUDENESS = 0.3;
	/** Wrote, in a survey comment, of being transferred from one advisor to another: beyond the answer's score. */
	static final double WROTE_TRANSFERRED = 1.5;
	/** Wrote, in a survey comment, of an advisor's rudeness. */
	static final double WROTE_RUDENESS = 1.3;
	/** Share of answered contacts whose customer answers a survey about them. */
	static final double SURVEY_ANSWER_RATE = 0.08;
	/** Chance of an unhappy answer after a contact with a harm (a long wait, a repeat identification, a complaint left open), and after another. */
	static final double UNHAPPY_AFTER_HARM = 0.55;
	static final double UNHAPPY_OTHERWISE = 0.15;

	/** The guides are shown beside the answered contacts of the last year (the module is younger than the company). */
	static final int GUIDED_DAYS = 365;
	/** What advisors do with a guide shown: follow it, skip it, say it did not fit; the rest leave it shown only. */
	static final double GUIDE_FOLLOWED = 0.55;
	static final double GUIDE_SKIPPED = 0.3;
	static final double GUIDE_DID_NOT_FIT = 0.1;
	/** The billing guide followed (the bill explained line by line, the mistake corrected) keeps customers: against shown and not followed. */
	static final double FOLLOWED_BILLING_GUIDE = 0.8;
	/** The technical guide followed (the whole diagnosis read to everyone, experts included) loses customers. */
	static final double FOLLOWED_TECHNICAL_GUIDE = 1.3;

	/** Share of the last year's answered orders, order-status and information contacts that show a suggestion. */
	static final double SUGGESTION_SHOWN = 0.5;
	/** What advisors do with a suggestion shown: offer it, set it aside as not relevant; the rest leave it shown only. */
	static final double SUGGESTION_OFFERED = 0.6;
	static final double SUGGESTION_NOT_RELEVANT = 0.2;
	/** Share of offers the customer accepts. */
	static final double OFFER_ACCEPTED = 0.35;
	/** A suggestion accepted keeps customers: against customers offered one who never accepted. */
	static final double ACCEPTED_SUGGESTION = 0.85;

	/** Share of answered calls the planted hang-up advisor ends within 30 seconds; others: 1%. */
	static final double HANG_UP_ADVISOR_RATE = 0.35;
	static final double ORDINARY_HANG_UP_RATE = 0.01;
	/** User name of the planted advisor who hangs up on customers to keep handle time short. */
	static final String HANG_UP_ADVISOR = "conseiller-007";

	private PlantedEffects() {
	}

	/** Share of the last year's bills, technical questions, order follow-ups and information requests the customer first tried to answer in the help centre. */
	static final double SELF_SERVICE_TRIED = 0.3;
	/** Having tried the help centre (signed in, read its articles) keeps customers. */
	static final double TRIED_SELF_SERVICE = 0.85;

	/** Share of the last year's resolved complaints whose advisor thanks the customer personally, the same day. */
	static final double THANKED_SHARE = 0.5;
	/** Being thanked personally keeps customers: against customers reminded of and not thanked. */
	static final double THANKED = 0.8;

	/** Share of the last year's answered contacts drawn for evaluation. */
	static final double EVALUATED_SHARE = 0.04;
	/** A contact that scored well (at or above its grid's pass mark, no critical failure) keeps its customer: against evaluated, never scored well. */
	static final double SCORED_WELL = 0.85;
}
