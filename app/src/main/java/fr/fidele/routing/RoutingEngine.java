package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assigns waiting items to advisors, in rounds: one transaction locks the oldest waiting items with
 * {@code FOR UPDATE SKIP LOCKED}, drafts a plan with {@link AssignmentPlanner} on the available advisors (their free
 * slots read now, their skills and languages as this instance last read them), locks the advisors it chose the same
 * way, plans again on them as they are once locked, and writes the offers. Two instances on one database lock
 * disjoint rows, so an item is never offered twice and an advisor never beyond their slots; locking only the chosen
 * advisors keeps a round short when hundreds are available. A round runs as soon as something changes in this
 * instance ({@link #kick()}), and every {@code poll-interval} for what changed elsewhere (another instance's
 * arrivals, a sticky wait that ran out).
 */
@Component
class RoutingEngine implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RoutingEngine.class);

	/** A row lock taken by another change lasts a few milliseconds: the round is tried again after this pause. */
	private static final long RETRY_NANOS = 2_000_000;

	/** How many batches of waiting items a round reads at most when those at the head cannot be placed. */
	private static final int MAX_PAGES = 5;

	private final WorkItems items;
	private final AdvisorStates advisors;
	private final TransactionTemplate transaction;
	private final RoutingProperties properties;
	private final RoutingWindows windows;
	private final RoutingSignals signals;
	private final Clock clock;
	private final AtomicBoolean pending = new AtomicBoolean(true);
	private final AtomicBoolean retry = new AtomicBoolean();
	private volatile Thread loop;

	RoutingEngine(WorkItems items, AdvisorStates advisors, TransactionTemplate transaction, RoutingProperties properties,
			RoutingWindows windows, RoutingSignals signals, Clock clock) {
		this.items = items;
		this.advisors = advisors;
		this.transaction = transaction;
		this.properties = properties;
		this.windows = windows;
		this.signals = signals;
		this.clock = clock;
	}

	/** Something changed here: run a round now. */
	void kick() {
		pending.set(true);
		Thread current = loop;
		if (current != null) {
			LockSupport.unpark(current);
		}
	}

	/** One assignment round; returns the offers made. */
	List<AssignmentPlanner.Offer> round() {
		List<AssignmentPlanner.Offer> offers = transaction.execute(status -> {
			List<WaitingItem> waiting = new ArrayList<>(items.lockWaiting(properties.batchSize(), null));
			if (waiting.isEmpty()) {
				return List.<AssignmentPlanner.Offer>of();
			}
			Instant now = clock.instant();
			Instant alive = now.minus(windows.current().advisorTimeout());
			List<FreeAdvisor> free = advisors.free(alive);
			List<AssignmentPlanner.Offer> draft = AssignmentPlanner.plan(waiting, free, now);
			// items at the head nobody free can take must not hide those behind them: while some could not be placed
			// and slots stay free, read further
			for (int pages = 1; pages < MAX_PAGES && waiting.size() == pages * properties.batchSize()
					&& draft.size() < waiting.size() && draft.size() < freeSlots(free); pages++) {
				List<WaitingItem> next = items.lockWaiting(properties.batchSize(), waiting.get(waiting.size() - 1));
				if (next.isEmpty()) {
					break;
				}
				waiting.addAll(next);
				draft = AssignmentPlanner.plan(waiting, free, now);
			}
			if (draft.isEmpty()) {
				return draft;
			}
			// only the advisors chosen are locked, then planned for again as they are once locked
			Set<Long> chosen = draft.stream().map(AssignmentPlanner.Offer::advisorId).collect(Collectors.toSet());
			List<AssignmentPlanner.Offer> planned = AssignmentPlanner.plan(waiting, items.lockFreeAdvisors(chosen, alive, waiting), now);
			if (planned.size() < draft.size()) {
				// some advisors were locked by another change (a presence, another instance's round): try again soon
				retry.set(true);
			}
			if (!planned.isEmpty()) {
				items.offer(planned, now, properties.instance());
			}
			return planned;
		});
		if (!offers.isEmpty()) {
			Set<Long> advisors = offers.stream().map(AssignmentPlanner.Offer::advisorId).collect(Collectors.toSet());
			signals.offersChanged(advisors);
			if (offers.size() == properties.batchSize()) {
				pending.set(true);
			}
		}
		if (retry.getAndSet(false)) {
			LockSupport.parkNanos(RETRY_NANOS);
			pending.set(true);
		}
		return offers;
	}

	/** The advisors' skills and languages read again now and then, outside the rounds (see AdvisorStates). */
	@Scheduled(fixedDelay = AdvisorStates.PROFILES_REFRESH_MILLIS)
	void readProfiles() {
		advisors.readProfiles();
	}

	private static int freeSlots(List<FreeAdvisor> advisors) {
		return advisors.stream().mapToInt(advisor -> advisor.freeSlots().values().stream().mapToInt(slots -> Math.max(0, slots)).sum()).sum();
	}

	private void run() {
		long pollNanos = properties.pollInterval().toNanos();
		while (loop == Thread.currentThread()) {
			if (!pending.getAndSet(false)) {
				LockSupport.parkNanos(pollNanos);
				pending.set(false);
			}
			try {
				round();
			}
			catch (RuntimeException e) {
				log.warn("Routing round failed; the next round tries again", e);
				LockSupport.parkNanos(pollNanos);
			}
		}
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "routing-engine");
		thread.setDaemon(true);
		loop = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = loop;
		loop = null;
		if (thread != null) {
			LockSupport.unpark(thread);
		}
	}

	@Override
	public boolean isRunning() {
		return loop != null;
	}
}
