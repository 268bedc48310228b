package fr.fidele.routing;

import java.time.Instant;
import java.util.Set;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.LiveContacts;
import org.springframework.stereotype.Component;

/**
 * What a switch's report does to a call's work item and to the advisors ({@link SwitchCalls#sync}): the caller asked
 * to be called back, hung up, was connected to an advisor, or was transferred. Each move keeps the item's state, the
 * offers and the advisors' presence in step, and tells the workspaces whose offers changed.
 */
@Component
class CallMoves {

	private final WorkItems items;
	private final AdvisorStates advisors;
	private final LiveContacts contacts;
	private final Queues queues;
	private final RoutingSignals signals;

	CallMoves(WorkItems items, AdvisorStates advisors, LiveContacts contacts, Queues queues, RoutingSignals signals) {
		this.items = items;
		this.advisors = advisors;
		this.contacts = contacts;
		this.queues = queues;
		this.signals = signals;
	}

	/** Moves a phone call's item (locked by the caller) as the switch's latest report says. */
	void follow(WorkItem item, CallProgress progress, Instant now) {
		if (progress.callbackNumber() != null && progress.facts().answeredAt() == null) {
			becomeCallback(item, progress, now);
		}
		else if (progress.ended()) {
			finish(item, progress, now);
		}
		else if (progress.connectedAdvisor() != null) {
			connect(item, progress.connectedAdvisor(), now);
		}
		else if (item.state() == ItemState.CONNECTED && (progress.transferQueue() != null || progress.transferAdvisor() != null)) {
			String queue = progress.transferQueue() != null ? progress.transferQueue() : item.queue();
			items.requeue(item.id(), queue, progress.transferAdvisor(), progress.transferNote(), now);
			releaseVoice(item.advisorId(), now);
		}
		else if (item.state() == ItemState.QUEUED && progress.queue() != null && !progress.queue().equals(item.queue())
				&& queues.find(progress.queue()).isPresent()) {
			items.requeue(item.id(), progress.queue(), item.targetAdvisorId(), null, item.queuedAt());
		}
	}

	/** The customer hung up to be called back: the call ends, and a callback takes its place in the queue. */
	private void becomeCallback(WorkItem item, CallProgress progress, Instant now) {
		if (item.state() == ItemState.OFFERED) {
			items.closeOffer(item.id(), now, "MOVED");
			signals.offersChanged(Set.of(item.advisorId()));
		}
		if (item.state() != ItemState.QUEUED && item.state() != ItemState.OFFERED && item.state() != ItemState.ABANDONED) {
			return;
		}
		// an end reported before the request had marked it abandoned: the caller is waiting for the callback
		items.requeue(item.id(), item.queue(), item.targetAdvisorId(), null, item.queuedAt());
		contacts.ended(item.contactId(), progress.callbackAt(), EndedBy.SYSTEM);
		long callback = contacts.open(item.customerId(), Channel.CALLBACK, Direction.OUTBOUND, null, item.queue(),
				progress.callbackAt(), null);
		items.becomeCallback(item.id(), callback, progress.callbackNumber());
	}

	private void finish(WorkItem item, CallProgress progress, Instant now) {
		if (progress.facts().answeredAt() == null) {
			if (item.state() == ItemState.OFFERED) {
				items.closeOffer(item.id(), now, "ENDED");
				signals.offersChanged(Set.of(item.advisorId()));
			}
			if (item.state() == ItemState.QUEUED || item.state() == ItemState.OFFERED) {
				items.changeState(item.id(), ItemState.ABANDONED, now);
			}
			return;
		}
		Long last = progress.facts().legs().get(progress.facts().legs().size() - 1).advisorId();
		if (item.state() != ItemState.WRAP_UP && item.state() != ItemState.DONE) {
			if (item.state() != ItemState.CONNECTED || !last.equals(item.advisorId())) {
				items.closeOffer(item.id(), now, "ENDED");
				items.connect(item.id(), last, now);
			}
			items.changeState(item.id(), ItemState.WRAP_UP, now);
			advisors.changePresence(last, Presence.BUSY, Presence.AFTER_CONTACT_WORK, now, PresenceCause.CALL_ENDED);
			signals.offersChanged(Set.of(last));
		}
	}

	private void connect(WorkItem item, long advisor, Instant now) {
		boolean over = item.state() == ItemState.WRAP_UP || item.state() == ItemState.DONE || item.state() == ItemState.ABANDONED;
		if (over || (item.state() == ItemState.CONNECTED && item.advisorId() == advisor)) {
			return;
		}
		if (item.state() == ItemState.CONNECTED) {
			// the switch handed the call over without a transfer Fidèle saw: the previous advisor is free again
			releaseVoice(item.advisorId(), now);
		}
		boolean offeredToThem = item.state() == ItemState.OFFERED && item.advisorId() == advisor;
		items.closeOffer(item.id(), now, offeredToThem ? "ACCEPTED" : "MOVED");
		if (item.advisorId() != null && item.advisorId() != advisor) {
			signals.offersChanged(Set.of(item.advisorId()));
		}
		items.connect(item.id(), advisor, now);
		advisors.changePresence(advisor, Presence.AVAILABLE, Presence.BUSY, now, PresenceCause.CALL_CONNECTED);
		signals.offersChanged(Set.of(advisor));
	}

	private void releaseVoice(Long advisor, Instant now) {
		if (advisor != null) {
			advisors.changePresence(advisor, Presence.BUSY, Presence.AVAILABLE, now, PresenceCause.CALL_RELEASED);
		}
	}
}
