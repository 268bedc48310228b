package fr.fidele.casefile;

/**
 * One contact as the loyalty computations read it, in the application's loyalty scan and in the Spark jobs alike: its
 * own columns as stored, instants as exact microseconds, and what the reader joins to it (the advisor of its first
 * leg, its case's resolution, the survey answers' {@link AnswerBits}); then what the figures derive from them,
 * derived here rather than in the query, where PostgreSQL's numeric arithmetic on intervals cost most of a
 * ten-million-contact read (docs/decisions/0029). Each derivation is the SQL one it replaces (the loyalty module's
 * {@code ContactScope} and {@code HangUps}, the experiences' former conditions) to the last bit: the application's
 * {@code ContactRowTests} compares them on every contact. One instance is refilled for every row: its fields are
 * public, read millions of times a second by the scans.
 */
public final class ContactRow {

	/** An instant, id or advisor that is null. */
	public static final long NONE = Long.MIN_VALUE;
	/** The columns {@link #read} takes, in its order, of {@code contact_facts c}. */
	public static final String COLUMNS = "c.id, c.customer_id, c.case_id, c.channel, c.direction, c.reason_code, c.queue, "
			+ "c.arrived_at, c.queued_at, c.answered_at, c.ended_at, c.ended_by, c.reidentified_after_transfer, c.resolved, "
			+ "c.first_of_case, c.first_response_at";

	/**
	 * Each contact's {@link #advisor}, the advisor of its first leg, as {@code (contact_id, advisor_id)}: of the legs
	 * {@code l} of {@code legs} that {@code condition} keeps (an {@link IdLookup}'s query).
	 */
	public static String firstLegAdvisors(String legs, String condition) {
		return "select l.contact_id, l.advisor_id from " + legs + " where l.seq = 1 and l.advisor_id is not null and " + condition;
	}

	/**
	 * The same advisor joined to the contacts {@code c} of {@code condition}, after their {@link #COLUMNS}: the contacts
	 * of a range of customers name their legs' months, so that each is found by key in its month's partition rather
	 * than by a scan of every leg (the caller turns hash and merge joins off for it).
	 */
	public static String withFirstLegAdvisor(String condition) {
		return "select " + COLUMNS + ", l.advisor_id from contact_facts c left join contact_leg_facts l on l.contact_id = c.id"
				+ " and l.contact_arrived_at = c.arrived_at and l.seq = 1 where " + condition;
	}

	/**
	 * Each resolved case's resolution, joined to its contacts as {@link #caseResolved}, as {@code (case_id, resolved_at)}:
	 * of the cases {@code k} of {@code cases} that {@code condition} keeps (an {@link IdLookup}'s query, of instants).
	 */
	public static String caseResolutions(String cases, String condition) {
		return "select k.id, k.resolved_at from " + cases + " where k.resolved_at is not null and " + condition;
	}

	/** An answered call ended sooner than this after the answer is a short one; by the advisor, a hang-up. */
	public static final int HANG_UP_SECONDS = 30;
	private static final long MICROS = 1_000_000L;
	private static final long LONG_WAIT_MICROS = 300 * MICROS;
	private static final Channel[] CHANNELS = Channel.values();

	public long id;
	public long customerId;
	public long caseId;
	public Channel channel;
	public boolean inbound;
	/** The reason's code (null: none), the same String for the same code. */
	public String reasonCode;
	public String queue;
	public long arrived;
	public long queued;
	public long answered;
	public long ended;
	public String endedBy;
	public boolean reidentifiedAfterTransfer;
	public Boolean resolved;
	public boolean firstOfCase;
	public long firstResponse;
	/** Joined: the advisor of the first leg (-1: none), the case's resolution, the survey answers' bits. */
	public long advisor;
	public long caseResolved;
	public int answers;

	/** Takes the next row's {@link #COLUMNS}. */
	public void read(CopyRows rows) {
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
	public static double seconds(long micros) {
		return micros / (double) MICROS;
	}

	public double arrivedSeconds() {
		return seconds(arrived);
	}

	public long arrivedEpochSecond() {
		return Math.floorDiv(arrived, MICROS);
	}

	public boolean endedBy(String who) {
		return who.equals(endedBy);
	}

	public boolean resolvedTrue() {
		return Boolean.TRUE.equals(resolved);
	}

	/** Ended unresolved ({@code resolved = false}; not when unknown). */
	public boolean resolvedFalse() {
		return Boolean.FALSE.equals(resolved);
	}

	/** A channel where customers wait in line: what the queue measures count. */
	public boolean live() {
		return channel == Channel.PHONE || channel == Channel.CHAT || channel == Channel.CALLBACK
				|| channel == Channel.IN_PERSON;
	}

	/** Offered: an inbound contact of a live channel, ended, and answered or abandoned (the loyalty module's {@code ContactScope.OFFERED}). */
	public boolean offered() {
		return inbound && live() && ended != NONE && (answered != NONE || endedBy("ABANDONED"));
	}

	/** Answered, and ended less than {@link #HANG_UP_SECONDS} after the answer. */
	public boolean endedSoonAfterAnswer() {
		return answered != NONE && ended != NONE && ended - answered < HANG_UP_SECONDS * MICROS;
	}

	/** A phone call or callback hung up on: ended by the advisor soon after the answer (the loyalty module's HangUps). */
	public boolean hungUpOn() {
		return (channel == Channel.PHONE || channel == Channel.CALLBACK) && endedBy("ADVISOR") && endedSoonAfterAnswer();
	}

	/** Queued on a live channel, and more than 300 seconds from the queue to the answer or the end. */
	public boolean waitedLong() {
		long out = answered != NONE ? answered : ended;
		return live() && queued != NONE && out != NONE && out - queued > LONG_WAIT_MICROS;
	}

	/** The wait of an offered contact (the loyalty module's {@code ContactScope.WAIT_SECONDS}), 0 for the others. */
	public double waitSeconds() {
		if (!offered()) {
			return 0;
		}
		long out = answered != NONE ? answered : ended;
		long in = queued != NONE ? queued : answered != NONE ? answered : arrived;
		return seconds(out - in);
	}

	/** The handling time of an answered contact ({@code ContactScope.HANDLE_SECONDS}), 0 for the others and for one not ended. */
	public double handleSeconds() {
		return answered != NONE && ended != NONE ? seconds(ended - answered) : 0;
	}

	/**
	 * Seconds to the first response, NaN when none: for a written contact the first reply sent, for the others the
	 * answer, from the queue entry (or the arrival).
	 */
	public double firstResponseSeconds() {
		if (channel == Channel.EMAIL || channel == Channel.WEB_FORM || channel == Channel.SOCIAL) {
			return firstResponse != NONE ? seconds(firstResponse - arrived) : Double.NaN;
		}
		return answered != NONE ? seconds(answered - (queued != NONE ? queued : arrived)) : Double.NaN;
	}

	/** Of the first contact of a case whose case is resolved: seconds from its arrival to the resolution, else NaN. */
	public double resolutionSeconds() {
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
