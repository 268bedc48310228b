package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import fr.fidele.casefile.TallyCounts;
import fr.fidele.casefile.ContactTally;
import fr.fidele.casefile.MeasuredRows;
import fr.fidele.stats.measures.CallRecords;
import fr.fidele.stats.measures.ContactHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedRateTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The contacts the dashboards filter, held in memory ({@link ContactColumns}) so that a filter asked for the first
 * time is counted in memory instead of by a scan of the database. The recomputation's scan of every contact replaces
 * them; in between, the contacts recorded or changed since the last read are folded in when a figure is asked and
 * the copy is older than {@code fidele.loyalty.fold-after}, and in the background before that. A fold reads again:
 * the contacts numbered above the largest held, those that arrived within {@link #IN_FLIGHT} before the last read
 * began (a transaction that took a smaller number may commit after a larger one was read), those not ended when
 * read, and every customer. What it cannot see (an ended contact changed later, a contact deleted) waits for the
 * next recomputation (docs/decisions/0028).
 */
@Component
class ContactsInMemory implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ContactsInMemory.class);

	/** How long before a read a contact committed after it may have arrived. */
	static final Duration IN_FLIGHT = Duration.ofHours(1);

	/** What the service measures are computed on, for a filter. */
	record Measured(long contacts, ContactHistory history, CallRecords calls) {
	}

	/**
	 * The contacts held, as of a read that began at {@code readAt}, counted for the analysis date {@code asOf}; with
	 * the counts of them all the read made, until they change (null then).
	 */
	private record Held(LocalDate asOf, ContactColumns columns, ContactCounts.Customers customers, long[] teams,
			Instant readAt, long version, TallyCounts whole) {
	}

	private final ContactCounts contacts;
	private final Duration foldAfter;
	private final Clock clock;
	private final ReadWriteLock lock = new ReentrantReadWriteLock();
	private final Object reading = new Object();
	/** The full reads under way, which the background leaves alone. */
	private final AtomicInteger fullReads = new AtomicInteger();
	private volatile Held held;

	ContactsInMemory(ContactCounts contacts, LoyaltyProperties properties, Clock clock) {
		this.contacts = contacts;
		this.foldAfter = properties.foldAfter();
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		if (!foldAfter.isZero()) {
			// Only folds: the first full read is the recomputation's (or the first figure asked's), never a surprise.
			// Folded once three quarters of the interval old, looked at every sixth of it: about as often as the setting
			// says, yet before a figure asked finds the copy stale and folds first, the requests behind it waiting. At a
			// fixed rate, each run on a thread of its own: a fold of seconds holds up no other scheduled task. None
			// during a full read (see whileReadingEverything): a figure asked then may fold first itself.
			Duration check = foldAfter.dividedBy(6);
			Duration age = foldAfter.multipliedBy(3).dividedBy(4);
			tasks.addFixedRateTask(new FixedRateTask(() -> {
				if (held != null && fullReads.get() == 0) {
					foldIfStale(age);
				}
			}, check, check));
		}
	}

	/**
	 * Runs {@code read}, a full read of the contacts whose scan will {@linkplain #replace replace} those held: meanwhile
	 * the background folds nothing, as what it would read again is replaced within seconds (on the 1M-customer demo, a
	 * fold reads every customer again, about 4 s of a core taken from a read that uses both). A figure asked meanwhile
	 * still folds first if the copy is as old as the setting.
	 */
	<T> T whileReadingEverything(Supplier<T> read) {
		fullReads.incrementAndGet();
		try {
			return read.get();
		}
		finally {
			fullReads.decrementAndGet();
		}
	}

	/** Holds the contacts of a recomputation's scan, read from {@code readAt} for the analysis date {@code asOf}. */
	void replace(LocalDate asOf, ContactCounts.Scan scan, Instant readAt) {
		synchronized (reading) {
			Held before = held;
			held = new Held(asOf, scan.columns(), scan.customers(), scan.teamOfAdvisor(), readAt,
					before == null ? 1 : before.version() + 1, scan.counts());
		}
	}

	/** Counts the contacts held, brought up to date, for the analysis date {@code asOf} from now on. */
	void countFor(LocalDate asOf) {
		foldIfStale();
		synchronized (reading) {
			Held now = held;
			held = new Held(asOf, now.columns(), now.customers(), now.teams(), now.readAt(), now.version() + 1, null);
		}
	}

	/** Changes each time the contacts held change: figures computed on an older version are out of date. */
	long version() {
		return current().version();
	}

	/** The counts of the contacts of {@code filter}, team included (see {@link TallyCounts}). */
	TallyCounts counts(ContactFilter filter) {
		TallyCounts whole = current().whole();
		if (filter.isNone() && whole != null) {
			return whole;
		}
		return compute(filter, ContactsInMemory::tally);
	}

	/** The months of the contacts of {@code filter}, every part of it the team included. */
	Map<YearMonth, long[]> months(ContactFilter filter) {
		return compute(filter, (held, selected) -> {
			ContactColumns c = held.columns();
			ContactTally tally = newTally(held, true);
			for (int row = 0; row < c.size; row++) {
				if (selected[row]) {
					tally.addToMonth(c.arrived[row], c.channel[row], c.flags[row]);
				}
			}
			return tally.counts().months();
		});
	}

	/** The request history and the offered calls of the contacts of {@code filter}, for the service measures. */
	Measured measured(ContactFilter filter) {
		return compute(filter, ContactsInMemory::measured);
	}

	/** How many contacts of {@code filter} each customer had, for the customers who had any. */
	CustomerContacts perCustomer(ContactFilter filter) {
		return compute(filter, (held, selected) -> CustomerContacts.of(held.columns(), held.customers().ids(), selected));
	}

	/** What {@code figures} makes of the contacts of {@code filter} among those held (the rows it selects). */
	<T> T ofSelected(ContactFilter filter, BiFunction<ContactColumns, boolean[], T> figures) {
		return compute(filter, (held, selected) -> figures.apply(held.columns(), selected));
	}

	/** Folds in the contacts recorded or changed since the last read, if that read is as old as the setting. */
	void foldIfStale() {
		foldIfStale(foldAfter);
	}

	/** Folds in the contacts recorded or changed since the last read, if that read is at least {@code age} old. */
	private void foldIfStale(Duration age) {
		Held now = held;
		if (now == null || asOldAs(now, age)) {
			synchronized (reading) {
				Held again = held;
				if (again == null) {
					readEverything();
				}
				else if (again == now || asOldAs(again, age)) {
					fold(again);
				}
			}
		}
	}

	/** Whether the copy's read began at least {@code age} ago. */
	private boolean asOldAs(Held copy, Duration age) {
		return !Duration.between(copy.readAt(), clock.instant()).minus(age).isNegative();
	}

	private Held current() {
		foldIfStale();
		return held;
	}

	private void readEverything() {
		Instant started = clock.instant();
		LocalDate asOf = LocalDate.now(clock);
		replace(asOf, contacts.scan(asOf, List.of(), customers -> (customer, seconds, mask) -> {
		}), started);
	}

	private void fold(Held before) {
		Instant started = clock.instant();
		ContactColumns columns = before.columns();
		ContactCounts.Scan recent = contacts.recent(before.asOf(), columns.largestId(), before.readAt().minus(IN_FLIGHT),
				columns.openIds());
		lock.writeLock().lock();
		try {
			ContactCounts.Customers customers = recent.customers();
			if (!Arrays.equals(before.customers().ids(), customers.ids())) {
				columns.renumberCustomers(before.customers(), customers);
			}
			boolean changed = ColumnsFold.merge(columns, recent.columns(), recent.erased()) || !same(before.customers(), customers)
					|| !Arrays.equals(before.teams(), recent.teamOfAdvisor());
			held = changed ? new Held(before.asOf(), columns, customers, recent.teamOfAdvisor(), started, before.version() + 1, null)
					: new Held(before.asOf(), columns, customers, recent.teamOfAdvisor(), started, before.version(), before.whole());
			if (changed) {
				log.info("Loyalty: {} contacts read again and folded into the {} held in {} ms", recent.columns().size,
						columns.size, Duration.between(started, clock.instant()).toMillis());
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private static boolean same(ContactCounts.Customers a, ContactCounts.Customers b) {
		return Arrays.equals(a.ids(), b.ids()) && Arrays.equals(a.segment(), b.segment())
				&& Arrays.equals(a.sinceDay(), b.sinceDay()) && Arrays.equals(a.valueBand(), b.valueBand())
				&& Arrays.equals(a.churnDay(), b.churnDay());
	}

	private <T> T compute(ContactFilter filter, Selected<T> figures) {
		current();
		lock.readLock().lock();
		try {
			Held now = held;
			ContactColumns columns = now.columns();
			ColumnFilter compiled = ColumnFilter.of(filter, columns);
			boolean[] selected = new boolean[columns.size];
			int[] segments = now.customers().segment();
			for (int row = 0; row < columns.size; row++) {
				selected[row] = compiled.test(columns, row, now.teams(), segments);
			}
			return figures.of(now, selected);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Figures of the contacts selected among those held. */
	private interface Selected<T> {
		T of(Held held, boolean[] selected);
	}

	private static TallyCounts tally(Held held, boolean[] selected) {
		ContactColumns c = held.columns();
		ContactTally tally = newTally(held, false);
		for (int row = 0; row < c.size; row++) {
			if (selected[row]) {
				tally.add(c.customer[row], c.arrived[row], c.day[row], c.channel[row], c.reason[row], c.queueName(row),
						c.advisor[row], c.flags[row]);
			}
		}
		return tally.counts();
	}

	private static ContactTally newTally(Held held, boolean everyContact) {
		return new ContactTally(held.customers().caseMix(), held.asOf().toEpochDay(), held.columns().reasonCodes().size() + 1,
				held.teams().length - 1L, everyContact);
	}

	private static Measured measured(Held held, boolean[] selected) {
		ContactColumns c = held.columns();
		long contacts = 0;
		for (int row = 0; row < c.size; row++) {
			contacts += selected[row] ? 1 : 0;
		}
		return new Measured(contacts, MeasuredRows.history(c.byRequest, selected, c.request, c.arrived, c.flags),
				MeasuredRows.calls(c.size, c.flags, c.wait, c.handle, selected));
	}
}
