package fr.fidele.loyalty;

import fr.fidele.contacts.Channel;
import fr.fidele.platform.database.BinaryCopyReader;

/**
 * One contact as the loyalty scan reads it: its own columns as stored, instants as exact microseconds, and what the
 * scan joins to it in memory ({@link ContactJoins}); then what the figures derive from them, derived here rather than
 * in the query, where PostgreSQL's numeric arithmetic on intervals cost most of a ten-million-contact read
 * (docs/decisions/0029). Each derivation is the SQL one it replaces ({@link ContactScope}, {@link HangUps}, the
 * experiences' former conditions) to the last bit: {@code ContactRowTests} compares them on every contact.
 * One instance is refilled for every row.
 */
final class ContactRow {

	/** An instant, id or advisor that is null. */
	static final long NONE = Long.MIN_VALUE;
	/** The columns {@link #read} takes, in its order, of {@code contact_facts c}. */
	static final String COLUMNS = "c.id, c.customer_id, c.case_id, c.channel, c.direction, c.reason_code, c.queue, "
			+ "c.arrived_at, c.queued_at, c.answered_at, c.ended_at, c.ended_by, c.reidentified_after_transfer, c.resolved, "
			+ "c.first_of_case, c.first_response_at";

	private static final long MICROS = 1_000_000L;
	private static final long LONG_WAIT_MICROS = 300 * MICROS;
	private static final Channel[] CHANNELS = Channel.values();

	long id;
	long customerId;
	long caseId;
	Channel channel;
	boolean inbound;
	/** The reason's code (null: none), the same String for the same code. */
	String reasonCode;
	String queue;
	long arrived;
	long queued;
	long answered;
	long ended;
	String endedBy;
	boolean reidentifiedAfterTransfer;
	Boolean resolved;
	boolean firstOfCase;
	long firstResponse;
	/** Joined: the advisor of the first leg (-1: none), the case's resolution, the survey answers' bits. */
	long advisor;
	long caseResolved;
	int answers;

	/** Takes the next row's {@link #COLUMNS}. */
	void read(BinaryCopyReader rows) {
		id = rows.int8(NONE);
		customerId = rows.int8(NONE);
		caseId = rows.int8(NONE);
		channel = channel(rows.symbol());
		inbound = "INBOUND".equals(rows.symbol());
		reasonCode = rows.symbol();
		queue = rows.symbol();
		arrived = rows.timestamp(NONE);
		queued = rows.timestamp(NONE);
		answered = rows.timestamp(NONE);
		ended = rows.timestamp(NONE);
		endedBy = rows.symbol();
		reidentifiedAfterTransfer = rows.bool();
		resolved = rows.nullableBool();
		firstOfCase = rows.bool();
		firstResponse = rows.timestamp(NONE);
	}

	/** Seconds, as {@code extract(epoch from ...)::float8} gives them: the nearest double of the exact decimal. */
	static double seconds(long micros) {
		return micros / (double) MICROS;
	}

	double arrivedSeconds() {
		return seconds(arrived);
	}

	long arrivedEpochSecond() {
		return Math.floorDiv(arrived, MICROS);
	}

	boolean endedBy(String who) {
		return who.equals(endedBy);
	}

	boolean resolvedTrue() {
		return Boolean.TRUE.equals(resolved);
	}

	/** Ended unresolved ({@code resolved = false}; not when unknown). */
	boolean resolvedFalse() {
		return Boolean.FALSE.equals(resolved);
	}

	/** A channel where customers wait in line: what the queue measures count. */
	boolean live() {
		return channel == Channel.PHONE || channel == Channel.CHAT || channel == Channel.CALLBACK
				|| channel == Channel.IN_PERSON;
	}

	/** {@link ContactScope#OFFERED}. */
	boolean offered() {
		return inbound && live() && ended != NONE && (answered != NONE || endedBy("ABANDONED"));
	}

	/** Answered, and ended less than {@link HangUps#MAX_SECONDS} after the answer. */
	boolean endedSoonAfterAnswer() {
		return answered != NONE && ended != NONE && ended - answered < HangUps.MAX_SECONDS * MICROS;
	}

	/** {@link HangUps#condition}. */
	boolean hungUpOn() {
		return (channel == Channel.PHONE || channel == Channel.CALLBACK) && endedBy("ADVISOR") && endedSoonAfterAnswer();
	}

	/** Queued on a live channel, and more than 300 seconds from the queue to the answer or the end. */
	boolean waitedLong() {
		long out = answered != NONE ? answered : ended;
		return live() && queued != NONE && out != NONE && out - queued > LONG_WAIT_MICROS;
	}

	/** {@link ContactCounts}' flags with {@link ContactColumns#OPEN} and {@link ContactColumns#INBOUND}. */
	int flags() {
		return (answered != NONE ? ContactCounts.ANSWERED : 0) | (endedBy("ADVISOR") ? ContactCounts.BY_ADVISOR : 0)
				| (endedBy("ABANDONED") ? ContactCounts.ABANDONED : 0) | (endedSoonAfterAnswer() ? ContactCounts.SHORT : 0)
				| (offered() ? ContactCounts.OFFERED : 0) | (firstOfCase && caseId != NONE ? ContactCounts.OPENED : 0)
				| (resolvedTrue() ? ContactCounts.RESOLVED : 0) | (ended == NONE ? ContactColumns.OPEN : 0)
				| (inbound ? ContactColumns.INBOUND : 0);
	}

	/** {@link ContactScope#WAIT_SECONDS} of an offered contact, 0 for the others. */
	double waitSeconds() {
		if (!offered()) {
			return 0;
		}
		long out = answered != NONE ? answered : ended;
		long in = queued != NONE ? queued : answered != NONE ? answered : arrived;
		return seconds(out - in);
	}

	/** {@link ContactScope#HANDLE_SECONDS} of an answered contact, 0 for the others and for one not ended. */
	double handleSeconds() {
		return answered != NONE && ended != NONE ? seconds(ended - answered) : 0;
	}

	/**
	 * Seconds to the first response, NaN when none: for a written contact the first reply sent, for the others the
	 * answer, from the queue entry (or the arrival).
	 */
	double firstResponseSeconds() {
		if (channel == Channel.EMAIL || channel == Channel.WEB_FORM || channel == Channel.SOCIAL) {
			return firstResponse != NONE ? seconds(firstResponse - arrived) : Double.NaN;
		}
		return answered != NONE ? seconds(answered - (queued != NONE ? queued : arrived)) : Double.NaN;
	}

	/** Of the first contact of a case whose case is resolved: seconds from its arrival to the resolution, else NaN. */
	double resolutionSeconds() {
		return firstOfCase && caseResolved != NONE ? seconds(caseResolved - arrived) : Double.NaN;
	}

	private static Channel channel(String name) {
		for (Channel known : CHANNELS) {
			if (known.name().equals(name)) {
				return known;
			}
		}
		throw new IllegalStateException("a contact's channel Fidèle does not know: " + name);
	}
}
