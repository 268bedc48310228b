package fr.fidele.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * An experience a customer can have with the service, as read from the case file. Each is used as a time-varying
 * covariate "has had it at least once", switched on at the arrival of the first contact that gave it. Each is a test
 * of one contact as the loyalty computations read it ({@link ContactRow}), the same in the application and on Spark.
 * An experience nobody has had yet (no survey answered, say) is left out of the model rather than making it
 * impossible to fit.
 */
public enum Experience {

	/** The first contact of a request (case), and it ended resolved. */
	RESOLVED_FIRST_CONTACT(row -> row.resolvedTrue() && row.firstOfCase, true),
	/** A complaint that ended unresolved. */
	UNRESOLVED_COMPLAINT(row -> "COMPLAINT".equals(row.reasonCode) && row.resolvedFalse()),
	/** More than 300 seconds in a live queue before an answer or giving up. */
	LONG_WAIT(ContactRow::waitedLong),
	/** Gave up while waiting. */
	ABANDONED(row -> row.endedBy("ABANDONED")),
	/** An answered call ended by the advisor within {@value ContactRow#HANG_UP_SECONDS} seconds ({@link ContactRow#hungUpOn()}). */
	ADVISOR_HUNG_UP(ContactRow::hungUpOn),
	/** Had to identify again after a transfer. */
	REIDENTIFIED_AFTER_TRANSFER(row -> row.reidentifiedAfterTransfer),
	/** Asked to cancel. */
	CANCELLATION_REQUEST(row -> "CANCELLATION_REQUEST".equals(row.reasonCode)),
	/**
	 * Answered a survey about the contact as a detractor (NPS 0 to 6), from the feedback module's published scores;
	 * dated by the contact, which the answer follows within days.
	 */
	DETRACTOR(row -> (row.answers & AnswerBits.DETRACTOR) != 0),
	/** Answered a survey about the contact dissatisfied (CSAT 1 or 2). */
	DISSATISFIED(row -> (row.answers & AnswerBits.DISSATISFIED) != 0),
	/**
	 * Answered a survey about the contact as a promoter (NPS 9 or 10): with {@link #DETRACTOR}, the NPS's bands, the
	 * passives (7, 8) being the customers who had neither.
	 */
	PROMOTER(row -> (row.answers & AnswerBits.PROMOTER) != 0, true),
	/** Answered a survey about the contact satisfied (CSAT 4 or 5): with {@link #DISSATISFIED}, the CSAT's bands. */
	SATISFIED(row -> (row.answers & AnswerBits.SATISFIED) != 0, true),
	/** An unhappy answer about the contact was followed up, and the follow-up closed in time: the loop closed. */
	LOOP_CLOSED(row -> (row.answers & AnswerBits.LOOP_CLOSED) != 0, true),
	/** Signed in on the help centre and read its articles: tried to help themselves (the channel SELF_SERVICE). */
	SELF_SERVICE(row -> row.channel == Channel.SELF_SERVICE, true);

	private final Predicate<ContactRow> test;
	private final boolean good;

	Experience(Predicate<ContactRow> test) {
		this(test, false);
	}

	Experience(Predicate<ContactRow> test, boolean good) {
		this.test = test;
		this.good = good;
	}

	/** Whether the contact gave it. */
	public boolean metBy(ContactRow row) {
		return test.test(row);
	}

	/** The names of those that lose customers: a customer who had one counts as unhappy in the value at stake. */
	public static List<String> harmful() {
		return Arrays.stream(values()).filter(experience -> !experience.good).map(Enum::name).toList();
	}

	/** Whether it is meant to keep customers (a resolution, a happy answer, a loop closed), not a harm. */
	public boolean good() {
		return good;
	}
}
