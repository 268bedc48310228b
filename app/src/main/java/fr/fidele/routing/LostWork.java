package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.fidele.contacts.LiveContacts;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings back work that no advisor is handling, at its place in its queue: offers not accepted in time (the
 * advisor is then set away, as "not responding"), and the items of advisors whose workspace vanished (browser
 * closed, instance killed), who are set offline. Any instance may do it; the rows are locked with SKIP LOCKED.
 */
@Component
class LostWork {

	private final WorkItems items;
	private final AdvisorStates advisors;
	private final LiveContacts contacts;
	private final RoutingProperties properties;
	private final RoutingEngine engine;
	private final TransactionTemplate transaction;
	private final Clock clock;

	LostWork(WorkItems items, AdvisorStates advisors, LiveContacts contacts, RoutingProperties properties, RoutingEngine engine,
			TransactionTemplate transaction, Clock clock) {
		this.items = items;
		this.advisors = advisors;
		this.contacts = contacts;
		this.properties = properties;
		this.engine = engine;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${fidele.routing.sweep-interval:2s}")
	void sweep() {
		Integer returned = transaction.execute(status -> {
			Instant now = clock.instant();
			List<WorkItem> expired = items.lockExpiredOffers(now.minus(properties.offerTimeout()));
			for (WorkItem item : expired) {
				items.giveBack(item, "EXPIRED", now);
				advisors.changePresence(item.advisorId(), Presence.AVAILABLE, Presence.AWAY, now);
			}
			Instant seenBefore = now.minus(properties.advisorTimeout());
			List<WorkItem> orphaned = items.lockItemsOfVanishedAdvisors(seenBefore);
			for (WorkItem item : orphaned) {
				if (item.state() == ItemState.CONNECTED) {
					contacts.legLost(item.contactId(), now);
				}
				items.giveBack(item, "RETURNED", now);
			}
			advisors.setVanishedOffline(seenBefore, now);
			return expired.size() + orphaned.size();
		});
		if (returned != null && returned > 0) {
			engine.kick();
		}
	}
}
