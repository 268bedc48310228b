package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.LiveContacts;
import fr.fidele.contacts.WrapUp;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an advisor does with their work: be present or not, accept or decline an offer, verify the customer's
 * identity once, transfer with a note, end, wrap up. Each change is written to the case file's contact as it
 * happens. Voice work sets the advisor busy while it lasts and in after-contact work until the wrap-up.
 */
@Service
public class AdvisorDesk {

	private static final Set<ItemState> ANSWERABLE = Set.of(ItemState.CONNECTED, ItemState.WRAP_UP);

	private final WorkItems items;
	private final AdvisorStates advisors;
	private final Queues queues;
	private final LiveContacts contacts;
	private final Users users;
	private final RoutingEngine engine;
	private final RoutingSignals signals;
	private final Clock clock;

	AdvisorDesk(WorkItems items, AdvisorStates advisors, Queues queues, LiveContacts contacts, Users users, RoutingEngine engine,
			RoutingSignals signals, Clock clock) {
		this.items = items;
		this.advisors = advisors;
		this.queues = queues;
		this.contacts = contacts;
		this.users = users;
		this.engine = engine;
		this.signals = signals;
		this.clock = clock;
	}

	/** Sets the advisor's presence; leaving hands back the offers they had not accepted, at their place. */
	@Transactional
	public void presence(long advisorId, Presence presence) {
		if (presence == null) {
			throw new InvalidFieldException("presence", "oneOf", List.of(Presence.values()));
		}
		Instant now = clock.instant();
		// the advisor's row first: a round offering them work meanwhile either skips them or has committed its offer
		// by now, and the offer is handed back below. An offer another change holds at this instant (an accept, a
		// switch event) is skipped, not waited for, so that this never waits on an item while holding the advisor
		// (those lock in the other order); if it is still an offer, LostWork returns it within its next sweep.
		advisors.setPresence(advisorId, presence, now);
		if (presence != Presence.AVAILABLE) {
			for (WorkItem item : items.lockOffersTo(advisorId)) {
				items.giveBack(item, "DECLINED", now);
			}
		}
		RoutingSignals.afterCommit(engine::kick);
		signals.offersChanged(Set.of(advisorId));
	}

	public Presence presenceOf(long advisorId) {
		return advisors.presence(advisorId).orElse(Presence.OFFLINE);
	}

	/** The advisor's presence, since when and why: a workspace learns so that Fidèle set it away (a missed offer). */
	public PresenceState presenceStateOf(long advisorId) {
		return advisors.state(advisorId).orElse(PresenceState.NEVER_SEEN);
	}

	/** A sign of life from the advisor's workspace: their items stay theirs. */
	public void alive(long advisorId) {
		alive(List.of(advisorId));
	}

	/** Signs of life from the workspaces open on this instance. */
	public void alive(Collection<Long> advisorIds) {
		advisors.seen(advisorIds, clock.instant());
	}

	/** The items the advisor holds: offers to accept, conversations, wrap-ups owed. */
	public List<WorkItem> held(long advisorId) {
		return items.heldBy(advisorId);
	}

	/**
	 * The written item the advisor answers now: one they hold in conversation or in wrap-up (a reply may follow the
	 * call of the conversation); refused otherwise, as the page may be behind.
	 */
	public WorkItem answering(long advisorId, long itemId) {
		return held(advisorId).stream().filter(item -> item.id() == itemId && ANSWERABLE.contains(item.state())).findFirst()
			.orElseThrow(() -> new ConflictException("notYourItem", itemId, ANSWERABLE));
	}

	@Transactional
	public WorkItem accept(long advisorId, long itemId) {
		WorkItem item = mine(advisorId, itemId, ItemState.OFFERED);
		Instant now = clock.instant();
		items.connect(itemId, advisorId, now);
		items.closeOffer(itemId, now, "ACCEPTED");
		contacts.answered(item.contactId(), advisorId, now);
		if (item.kind() == ChannelKind.VOICE) {
			advisors.changePresence(advisorId, Presence.AVAILABLE, Presence.BUSY, now, PresenceCause.OFFER_ACCEPTED);
		}
		return items.find(itemId).orElseThrow();
	}

	@Transactional
	public void decline(long advisorId, long itemId) {
		items.giveBack(mine(advisorId, itemId, ItemState.OFFERED), "DECLINED", clock.instant());
		RoutingSignals.afterCommit(engine::kick);
	}

	/** The advisor checked who the customer is: it stays checked through transfers, nobody asks again. */
	@Transactional
	public void identityVerified(long advisorId, long itemId) {
		WorkItem item = mine(advisorId, itemId, ItemState.CONNECTED);
		items.identityVerified(itemId, advisorId);
		contacts.identityVerified(item.contactId(), username(advisorId));
	}

	/** Hands the item on to a queue or a named advisor, with the note they read first; it keeps its place. */
	@Transactional
	public void transfer(long advisorId, long itemId, Transfer transfer) {
		WorkItem item = mine(advisorId, itemId, ItemState.CONNECTED);
		String note = transfer.note() == null ? "" : transfer.note().strip();
		if (note.isEmpty()) {
			throw new InvalidFieldException("note", "transferNote");
		}
		if ((transfer.queue() == null) == (transfer.advisor() == null)) {
			throw new InvalidFieldException("queue", "queueOrAdvisor");
		}
		Instant now = clock.instant();
		String queue = item.queue();
		Long target = null;
		if (transfer.queue() != null) {
			queue = queues.find(transfer.queue()).orElseThrow(() -> new InvalidFieldException("queue", "unknownQueue", transfer.queue()))
				.code();
		}
		else {
			User advisor = users.findByUsername(transfer.advisor()).filter(user -> user.roles().contains(Role.ADVISOR)
					|| user.roles().contains(Role.SUPERVISOR))
				.orElseThrow(() -> new InvalidFieldException("advisor", "unknownAdvisor", transfer.advisor()));
			if (advisor.id() == advisorId) {
				throw new InvalidFieldException("advisor", "alreadyYours");
			}
			target = advisor.id();
		}
		items.requeue(itemId, queue, target, note, now);
		contacts.transferred(item.contactId(), now, note, target != null ? transfer.advisor() : queue);
		freeVoice(item, advisorId, now);
		RoutingSignals.afterCommit(engine::kick);
	}

	/** The conversation is over (for phone calls the switch says so); the advisor owes the wrap-up. */
	@Transactional
	public void end(long advisorId, long itemId, EndedBy endedBy) {
		WorkItem item = mine(advisorId, itemId, ItemState.CONNECTED);
		Instant now = clock.instant();
		items.changeState(itemId, ItemState.WRAP_UP, now);
		contacts.ended(item.contactId(), now, endedBy == null ? EndedBy.ADVISOR : endedBy);
		if (item.kind() == ChannelKind.VOICE) {
			advisors.changePresence(advisorId, Presence.BUSY, Presence.AFTER_CONTACT_WORK, now, PresenceCause.CONTACT_ENDED);
		}
	}

	/** Reason, resolved or not, notes: the item is done, and the advisor free for the next one. */
	@Transactional
	public void wrapUp(long advisorId, long itemId, WrapUp wrapUp) {
		WorkItem item = mine(advisorId, itemId, ItemState.CONNECTED, ItemState.WRAP_UP);
		if (wrapUp.resolved() == null) {
			throw new InvalidFieldException("resolved", "sayResolved");
		}
		Instant now = clock.instant();
		if (item.state() == ItemState.CONNECTED) {
			contacts.ended(item.contactId(), now, EndedBy.ADVISOR);
		}
		contacts.wrapUp(item.contactId(), wrapUp, username(advisorId));
		items.changeState(itemId, ItemState.DONE, now);
		freeVoice(item, advisorId, now);
		RoutingSignals.afterCommit(engine::kick);
	}

	private void freeVoice(WorkItem item, long advisorId, Instant now) {
		if (item.kind() == ChannelKind.VOICE) {
			advisors.changePresence(advisorId, Presence.BUSY, Presence.AVAILABLE, now, PresenceCause.CONTACT_DONE);
			advisors.changePresence(advisorId, Presence.AFTER_CONTACT_WORK, Presence.AVAILABLE, now, PresenceCause.WRAP_UP_DONE);
		}
	}

	/** The item, locked, when the advisor holds it in one of the {@code expected} states. */
	private WorkItem mine(long advisorId, long itemId, ItemState... expected) {
		WorkItem item = items.lock(itemId).orElseThrow(() -> new NotFoundException("work item", itemId));
		if (item.advisorId() == null || item.advisorId() != advisorId || !Arrays.asList(expected).contains(item.state())) {
			throw new ConflictException("notYourItem", itemId, Arrays.toString(expected).toLowerCase());
		}
		return item;
	}

	private String username(long advisorId) {
		return users.findById(advisorId).map(User::username).orElse(String.valueOf(advisorId));
	}
}
