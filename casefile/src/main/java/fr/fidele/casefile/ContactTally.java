package fr.fidele.casefile;

import static fr.fidele.casefile.ContactFlags.ABANDONED;
import static fr.fidele.casefile.ContactFlags.ANSWERED;
import static fr.fidele.casefile.ContactFlags.BY_ADVISOR;
import static fr.fidele.casefile.ContactFlags.OFFERED;
import static fr.fidele.casefile.ContactFlags.OPENED;
import static fr.fidele.casefile.ContactFlags.RESOLVED;
import static fr.fidele.casefile.ContactFlags.SHORT;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.casefile.TallyCounts.AdvisorCell;
import fr.fidele.casefile.TallyCounts.QueueCount;

/**
 * The dashboards' counts, contact by contact: each contact's {@link ContactFlags} added to its advisor's case-mix cell,
 * its queue and its month, against the customers it was counted for. The application's scan of the case file and the
 * Spark job's ranges of customers count by this one code.
 */
public final class ContactTally {

	/** The company's time zone, in which months are cut: the one the pages show times in. */
	public static final ZoneId COMPANY_ZONE = ZoneId.of("Europe/Paris");
	/** Days after a contact within which its customer's departure counts against its advisor. */
	public static final int WINDOW_DAYS = 90;
	/** The months the trends show when no period is chosen, the analysis date's the last. */
	public static final int TREND_MONTHS = 12;

	private static final int CHANNELS = Channel.values().length;
	private static final int BANDS = 3;
	/**
	 * The first second of each month in the company's time zone, from {@link #FIRST_MONTH} on: contacts do not
	 * come in the order of their arrival, and a time zone conversion for each of millions would cost more than
	 * the rest of the counting.
	 */
	private static final YearMonth FIRST_MONTH = YearMonth.of(1970, 1);
	private static final long[] MONTH_STARTS = monthStarts(FIRST_MONTH, YearMonth.of(2200, 1));
	private static final double AVERAGE_MONTH_SECONDS = 365.2425 * 86_400 / 12;
	private static final int COUNTERS = 6;

	private final CaseMix customers;
	private final long windowEnd;
	private final int reasonCount;
	/** Cells are numbered from 1; 0 is the cell of contacts without a customer. */
	private final int cells;
	/** Advisors by id, each with the counters of every cell side by side: no hashing per contact. */
	private int[] slotOfAdvisor;
	private final List<Long> advisorOfSlot = new ArrayList<>();
	private final List<long[]> countersOfSlot = new ArrayList<>();
	private final Map<String, long[]> byQueue = new HashMap<>();
	/** Counters by month, indexed as {@link #MONTH_STARTS}; null for a scan of only some contacts. */
	private final long[][] byMonth;
	/** The month of the last contact counted, from its first second to the first of the next: contacts come in order. */
	private long monthStart = Long.MAX_VALUE;
	private long monthEnd = Long.MIN_VALUE;
	private long[] monthCounters;

	/**
	 * What the case-mix cells read of the customers, by their position: segment (ordinal), first day, value band and
	 * departure day (-1: still here), as epoch days.
	 */
	public record CaseMix(int[] segment, int[] sinceDay, int[] valueBand, int[] churnDay) {
	}

	/**
	 * @param asOfDay          the analysis date as an epoch day: contacts count for their advisor's departures when
	 *                         their whole window lies before it
	 * @param reasonCount      the reasons' count plus one (0: no reason)
	 * @param largestAdvisorId room for the advisors by id (more is made as larger ids come)
	 * @param everyContact     whether the contacts tallied are all of them, so that months are counted too
	 */
	public ContactTally(CaseMix customers, long asOfDay, int reasonCount, long largestAdvisorId, boolean everyContact) {
		this.byMonth = everyContact ? new long[MONTH_STARTS.length][] : null;
		this.customers = customers;
		this.windowEnd = asOfDay - WINDOW_DAYS;
		this.reasonCount = reasonCount;
		this.cells = Segment.values().length * reasonCount * CHANNELS * BANDS * BANDS + 1;
		this.slotOfAdvisor = new int[(int) largestAdvisorId + 1];
		Arrays.fill(slotOfAdvisor, -1);
	}

	/** Each reason code's number for {@link #add}: its position in {@code codes} from 1 (0: no reason). */
	public static Map<String, Integer> reasonNumbers(List<String> codes) {
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			numbers.put(codes.get(i), i + 1);
		}
		return numbers;
	}

	/**
	 * Counts one contact: {@code customer} is its customer's position in the case mix (-1: none), {@code arrivedDay} its
	 * day as an epoch day in the application's zone, {@code reason} the reason's number (0: none), {@code advisor} its
	 * first leg's (-1: none), {@code flags} its {@link ContactFlags}.
	 */
	public void add(int customer, double arrivedSeconds, int arrivedDay, int channel, int reason, String queue, long advisor,
			int flags) {
		boolean answered = (flags & ANSWERED) != 0;
		boolean voiceAnswered = voiceAnswered(channel, flags);
		boolean byAdvisor = (flags & BY_ADVISOR) != 0;
		boolean isShort = (flags & SHORT) != 0;
		boolean offered = (flags & OFFERED) != 0;
		if (byMonth != null) {
			addToMonth(arrivedSeconds, flags, voiceAnswered);
		}
		if ((flags & (ANSWERED | ABANDONED)) == 0) {
			return;
		}
		long[] q = byQueue.computeIfAbsent(queue == null ? "" : queue, k -> new long[COUNTERS]);
		add(q, 0, offered, offered && (flags & ABANDONED) != 0, voiceAnswered, byAdvisor, isShort);
		if (advisor < 0) {
			return;
		}
		int cell = 0;
		boolean inWindow = false;
		boolean churnedInWindow = false;
		if (customer >= 0) {
			int tenure = arrivedDay - customers.sinceDay()[customer];
			int tenureBand = tenure < 90 ? 0 : tenure < 365 ? 1 : 2;
			cell = 1 + (((customers.segment()[customer] * reasonCount + reason) * CHANNELS + channel) * BANDS + tenureBand)
					* BANDS + customers.valueBand()[customer];
			int churn = customers.churnDay()[customer];
			inWindow = answered && arrivedDay < windowEnd;
			churnedInWindow = inWindow && churn >= arrivedDay && churn < arrivedDay + WINDOW_DAYS;
		}
		add(counters(advisor), cell * COUNTERS, inWindow, churnedInWindow, voiceAnswered, byAdvisor, isShort);
	}

	/**
	 * Counts a contact in its month only, not in the advisors' and queues' counts: the trends need no more, and the
	 * advisors' cells cost most of a whole count.
	 */
	public void addToMonth(double arrivedSeconds, int channel, int flags) {
		addToMonth(arrivedSeconds, flags, voiceAnswered(channel, flags));
	}

	/** An answered call: the contacts the hang-ups are counted among. */
	private static boolean voiceAnswered(int channel, int flags) {
		return (flags & ANSWERED) != 0 && (channel == Channel.PHONE.ordinal() || channel == Channel.CALLBACK.ordinal());
	}

	private void addToMonth(double arrivedSeconds, int flags, boolean voiceAnswered) {
		boolean offered = (flags & OFFERED) != 0;
		boolean hungUp = (flags & BY_ADVISOR) != 0 && (flags & SHORT) != 0;
		if (arrivedSeconds < monthStart || arrivedSeconds >= monthEnd) {
			int index = monthIndex(arrivedSeconds);
			monthStart = index == 0 ? Long.MIN_VALUE : MONTH_STARTS[index];
			monthEnd = index + 1 < MONTH_STARTS.length ? MONTH_STARTS[index + 1] : Long.MAX_VALUE;
			if (byMonth[index] == null) {
				byMonth[index] = new long[7];
			}
			monthCounters = byMonth[index];
		}
		boolean opened = (flags & OPENED) != 0;
		monthCounters[0]++;
		monthCounters[1] += opened ? 1 : 0;
		monthCounters[2] += opened && (flags & RESOLVED) != 0 ? 1 : 0;
		monthCounters[3] += offered ? 1 : 0;
		monthCounters[4] += offered && (flags & ABANDONED) != 0 ? 1 : 0;
		monthCounters[5] += voiceAnswered ? 1 : 0;
		monthCounters[6] += voiceAnswered && hungUp ? 1 : 0;
	}

	/**
	 * The month an instant falls in, as an index of {@link #MONTH_STARTS}: guessed from the average month's length,
	 * then moved to the month whose start is the last one not after the instant (a step or two at most) — contacts
	 * read in id order come in no order of time, and a binary search for each of millions cost more than the rest of
	 * the counting. Before the first month or after the last one, a contact is counted in the nearest.
	 */
	public static int monthIndex(double epochSeconds) {
		double guess = Math.floor((epochSeconds - MONTH_STARTS[0]) / AVERAGE_MONTH_SECONDS);
		int index = (int) Math.max(0, Math.min(MONTH_STARTS.length - 1, guess));
		while (index + 1 < MONTH_STARTS.length && MONTH_STARTS[index + 1] <= epochSeconds) {
			index++;
		}
		while (index > 0 && MONTH_STARTS[index] > epochSeconds) {
			index--;
		}
		return index;
	}

	private static long[] monthStarts(YearMonth first, YearMonth end) {
		long[] starts = new long[(int) first.until(end, ChronoUnit.MONTHS)];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = first.plusMonths(i).atDay(1).atStartOfDay(COMPANY_ZONE).toEpochSecond();
		}
		return starts;
	}

	private long[] counters(long advisor) {
		if (advisor >= slotOfAdvisor.length) {
			int size = slotOfAdvisor.length;
			slotOfAdvisor = Arrays.copyOf(slotOfAdvisor, (int) advisor + 1);
			Arrays.fill(slotOfAdvisor, size, slotOfAdvisor.length, -1);
		}
		int slot = slotOfAdvisor[(int) advisor];
		if (slot < 0) {
			slot = advisorOfSlot.size();
			slotOfAdvisor[(int) advisor] = slot;
			advisorOfSlot.add(advisor);
			countersOfSlot.add(new long[cells * COUNTERS]);
		}
		return countersOfSlot.get(slot);
	}

	/** The six counters from {@code at}: two of the caller's, then answered calls, ended by the advisor, short, both. */
	private static void add(long[] counters, int at, boolean first, boolean second, boolean voiceAnswered,
			boolean byAdvisor, boolean isShort) {
		counters[at] += first ? 1 : 0;
		counters[at + 1] += second ? 1 : 0;
		if (voiceAnswered) {
			counters[at + 2]++;
			counters[at + 3] += byAdvisor ? 1 : 0;
			counters[at + 4] += isShort ? 1 : 0;
			counters[at + 5] += byAdvisor && isShort ? 1 : 0;
		}
	}

	public TallyCounts counts() {
		List<AdvisorCell> advisors = new ArrayList<>();
		for (int slot = 0; slot < advisorOfSlot.size(); slot++) {
			long[] c = countersOfSlot.get(slot);
			for (int cell = 0; cell < cells; cell++) {
				int at = cell * COUNTERS;
				if (c[at] + c[at + 2] > 0) {
					advisors.add(new AdvisorCell(advisorOfSlot.get(slot), cell - 1, calls(c, at), c[at], c[at + 1]));
				}
			}
		}
		List<QueueCount> queues = new ArrayList<>(byQueue.size());
		byQueue.forEach((queue, c) -> queues.add(new QueueCount(queue, c[0], c[1], calls(c, 0))));
		Map<YearMonth, long[]> months = new HashMap<>();
		for (int i = 0; byMonth != null && i < byMonth.length; i++) {
			if (byMonth[i] != null) {
				months.put(FIRST_MONTH.plusMonths(i), byMonth[i]);
			}
		}
		return new TallyCounts(advisors, queues, Map.copyOf(months));
	}

	private static CallCounts calls(long[] c, int at) {
		return new CallCounts(c[at + 2], c[at + 3], c[at + 4], c[at + 5]);
	}
}
