package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.fidele.contacts.LiveContacts;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings back work that no advisor is handling, at its place in its queue: offers not accepted in time (the
 * advisor is then set away, as "not responding") or made to an advisor who has left, and the items of advisors whose
 * workspace vanished (browser closed, instance killed), who are set offline. Any instance may do it; the rows are locked with SKIP LOCKED.
 */
@Component
class LostWork implements SchedulingConfigurer {

	private final WorkItems items;
	private final AdvisorStates advisors;
	private final LiveContacts contacts;
	private final RoutingProperties properties;
	private final RoutingWindows windows;
	private final RoutingEngine engine;
	private final TransactionTemplate transaction;
	private final Clock clock;

	LostWork(WorkItems items, AdvisorStates advisors, LiveContacts contacts, RoutingProperties properties, RoutingWindows windows,
			RoutingEngine engine, TransactionTemplate transaction, Clock clock) {
		this.items = items;
		this.advisors = advisors;
		this.contacts = contacts;
		this.properties = properties;
		this.windows = windows;
		this.engine = engine;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::sweep, properties.sweepInterval());
	}

	void sweep() {
		// two transactions, each locking advisors in their id order: a sweep never waits for a lock it holds elsewhere
		Integer offers = transaction.execute(status -> returnOffers(clock.instant()));
		Integer orphaned = transaction.execute(status -> returnWorkOfVanishedAdvisors(clock.instant()));
		if ((offers != null && offers > 0) || (orphaned != null && orphaned > 0)) {
			engine.kick();
		}
	}

	/** Offers not accepted in time (the advisor is set away), and offers to advisors who have left. */
	private int returnOffers(Instant now) {
		Instant offeredBefore = now.minus(windows.current().offerTimeout());
		List<WorkItem> offers = items.lockOffersToReturn(offeredBefore);
		for (WorkItem item : offers) {
			// selected for its advisor having left, an offer without its time (written by hand) is not one that expired
			boolean expired = item.offeredAt() != null && item.offeredAt().isBefore(offeredBefore);
			items.giveBack(item, expired ? "EXPIRED" : "DECLINED", now);
			if (expired) {
				advisors.changePresence(item.advisorId(), Presence.AVAILABLE, Presence.AWAY, now, PresenceCause.OFFER_MISSED);
			}
		}
		return offers.size();
	}

	private int returnWorkOfVanishedAdvisors(Instant now) {
		Instant seenBefore = now.minus(windows.current().advisorTimeout());
		advisors.setVanishedOffline(seenBefore, now);
		List<WorkItem> orphaned = items.lockItemsOfVanishedAdvisors(seenBefore);
		for (WorkItem item : orphaned) {
			if (item.state() == ItemState.CONNECTED) {
				contacts.legLost(item.contactId(), now);
			}
			items.giveBack(item, "RETURNED", now);
		}
		return orphaned.size();
	}
}
