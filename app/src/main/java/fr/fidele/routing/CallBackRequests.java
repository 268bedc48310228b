package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.LiveContacts;
import fr.fidele.customers.Identities;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A written conversation (a chat, a message) handed on to a telephone call: by the advisor, who ends it, and a
 * callback joins its queue, on the same case, with the advisor's note read first by whoever calls; or by the waiting
 * customer, whose item becomes the callback and keeps its place. The customer's identity stays as it was checked
 * (nobody asks again on the phone).
 */
@Service
public class CallBackRequests {

	private final WorkItems items;
	private final LiveContacts contacts;
	private final ContactManagement management;
	private final RoutingEngine engine;
	private final RoutingSignals signals;
	private final Clock clock;

	CallBackRequests(WorkItems items, LiveContacts contacts, ContactManagement management, RoutingEngine engine, RoutingSignals signals,
			Clock clock) {
		this.items = items;
		this.contacts = contacts;
		this.management = management;
		this.engine = engine;
		this.signals = signals;
		this.clock = clock;
	}

	/**
	 * The customer of a written conversation still waiting asks to be called instead (the wait is long): the item
	 * becomes a callback and keeps its place in the queue, on the same case; the written contact ends.
	 */
	@Transactional
	public void instead(long itemId, String number) {
		WorkItem item = items.lock(itemId).orElseThrow(() -> new NotFoundException("work item", itemId));
		if (item.state() != ItemState.QUEUED && item.state() != ItemState.OFFERED || item.kind() == ChannelKind.VOICE) {
			throw new ConflictException("notWaiting", itemId);
		}
		String phone = phone(number);
		Instant now = clock.instant();
		if (item.state() == ItemState.OFFERED) {
			items.closeOffer(itemId, now, "MOVED");
			signals.offersChanged(Set.of(item.advisorId()));
		}
		items.requeue(itemId, item.queue(), item.targetAdvisorId(), null, item.queuedAt());
		contacts.ended(item.contactId(), now, EndedBy.SYSTEM);
		items.becomeCallback(itemId, callContact(item, now), phone);
		RoutingSignals.afterCommit(engine::kick);
	}

	/** The callback's contact, on the written contact's case, the customer's identity carried over as it was checked. */
	private long callContact(WorkItem item, Instant now) {
		long contact = contacts.open(item.customerId(), management.get(item.contactId()).caseId(), Channel.CALLBACK, Direction.OUTBOUND, null,
				item.queue(), now, null);
		if (item.verifiedByChannel() || item.identityVerifiedBy() != null) {
			contacts.identityVerified(contact, "carried over, as checked on contact " + item.contactId());
		}
		return contact;
	}

	/** The number in E.164 (a French one read as +33), or a refusal naming {@code number}. */
	private static String phone(String number) {
		try {
			return Identities.phone(number == null ? "" : number.strip(), "number");
		}
		catch (InvalidFieldException notANumber) {
			throw new InvalidFieldException("number", "notPhone", number);
		}
	}

	/** The callback's item: {@code number} (French numbers read as +33) called about {@code note}; the written item goes to wrap-up. */
	@Transactional
	public long callBack(long advisorId, long itemId, String number, String note) {
		WorkItem item = items.lock(itemId).orElseThrow(() -> new NotFoundException("work item", itemId));
		if (item.advisorId() == null || item.advisorId() != advisorId || item.state() != ItemState.CONNECTED || item.kind() == ChannelKind.VOICE) {
			throw new ConflictException("notYourItem", itemId, "[connected, written]");
		}
		String phone = phone(number);
		String why = note == null ? "" : note.strip();
		if (why.isEmpty()) {
			throw new InvalidFieldException("note", "transferNote");
		}
		Instant now = clock.instant();
		items.changeState(itemId, ItemState.WRAP_UP, now);
		contacts.ended(item.contactId(), now, EndedBy.ADVISOR);
		long callback = items.insert(Channel.CALLBACK, item.queue(), item.priority(), callContact(item, now), item.customerId(), item.language(),
				null, null, phone, now, now);
		items.requeue(callback, item.queue(), null, why, now);
		if (item.verifiedByChannel()) {
			items.verifiedByChannel(callback);
		}
		if (item.identityVerifiedBy() != null) {
			items.identityVerified(callback, item.identityVerifiedBy());
		}
		signals.offersChanged(Set.of(advisorId));
		RoutingSignals.afterCommit(engine::kick);
		return callback;
	}
}
