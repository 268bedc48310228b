package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.LiveContacts;
import fr.fidele.customers.Customer;
import fr.fidele.customers.Customers;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work entering the queues: the contact is opened in the case file, the queue chosen ({@link QueueSelection}), the
 * advisor who handled the customer recently preferred for a short wait (sticky routing); then, once it waits, the
 * customer is told the wait to expect ({@link #forecast}), with a callback offered above the queue's threshold.
 */
@Service
public class Arrivals {

	/** A contact that was cut off comes back ahead of others with the same priority: no double penalty. */
	static final int CUT_OFF_PRIORITY_BONUS = 1;

	private final Queues queues;
	private final WorkItems items;
	private final LiveContacts contacts;
	private final Customers customers;
	private final QueueFigures figures;
	private final RoutingEngine engine;
	private final RoutingWindows windows;
	private final RoutingSignals signals;
	private final Clock clock;

	Arrivals(Queues queues, WorkItems items, LiveContacts contacts, Customers customers, QueueFigures figures,
			RoutingEngine engine, RoutingWindows windows, RoutingSignals signals, Clock clock) {
		this.signals = signals;
		this.queues = queues;
		this.items = items;
		this.contacts = contacts;
		this.customers = customers;
		this.figures = figures;
		this.engine = engine;
		this.windows = windows;
		this.clock = clock;
	}

	@Transactional
	public Enqueued enqueue(Arrival arrival) {
		if (arrival.channel() == null) {
			throw new InvalidFieldException("channel", "required");
		}
		Instant at = arrival.at() != null ? arrival.at() : clock.instant();
		Optional<Customer> customer = Optional.ofNullable(arrival.customerId()).map(id -> customers.findById(id)
			.orElseThrow(() -> new InvalidFieldException("customerId", "unknownCustomer", id)));
		String language = arrival.language() != null ? arrival.language() : customer.map(Customer::language).orElse("fr");
		if (!language.equals("fr") && !language.equals("en")) {
			throw new InvalidFieldException("language", "frOrEn");
		}
		RoutingQueue queue = queueFor(arrival, customer, language);
		long contactId = contacts.open(arrival.customerId(), arrival.caseId(), arrival.channel(), arrival.direction(), arrival.reasonCode(),
				queue.code(), at, arrival.externalRef());
		Optional<LiveContacts.Handled> previous = arrival.customerId() == null ? Optional.empty()
				: contacts.lastHandled(arrival.customerId(), contactId, at.minus(windows.current().stickyWindow()));
		int priority = queue.priority()
				+ (previous.filter(handled -> handled.endedBy() == EndedBy.SYSTEM).isPresent() ? CUT_OFF_PRIORITY_BONUS : 0);
		long itemId = items.insert(arrival.channel(), queue.code(), priority, contactId, arrival.customerId(), language,
				previous.map(LiveContacts.Handled::advisorId).orElse(null),
				previous.isPresent() ? clock.instant().plus(windows.current().stickyWait()) : null, arrival.callbackNumber(), at, clock.instant());
		RoutingSignals.afterCommit(engine::kick);
		return new Enqueued(itemId, contactId, queue.code());
	}

	/**
	 * The channel proved who the customer is as the item arrived (a chat from the company's site, where they are
	 * signed in): the advisor sees them verified, through transfers, and nobody asks again.
	 */
	@Transactional
	public void verifiedByChannel(long itemId, String how) {
		WorkItem item = items.find(itemId).orElseThrow(() -> new NotFoundException("work item", itemId));
		items.verifiedByChannel(itemId);
		contacts.identityVerified(item.contactId(), how);
	}

	/**
	 * The customer left a written conversation (a chat closed from their side): still waiting, it is abandoned;
	 * answered, it goes to its advisor's wrap-up, ended by the customer; already over, nothing changes.
	 */
	@Transactional
	public void customerLeft(long itemId) {
		WorkItem item = items.lock(itemId).orElseThrow(() -> new NotFoundException("work item", itemId));
		Instant now = clock.instant();
		switch (item.state()) {
			case QUEUED, OFFERED -> {
				if (item.state() == ItemState.OFFERED) {
					items.closeOffer(itemId, now, "ENDED");
					signals.offersChanged(Set.of(item.advisorId()));
				}
				items.changeState(itemId, ItemState.ABANDONED, now);
				contacts.ended(item.contactId(), now, EndedBy.ABANDONED);
			}
			case CONNECTED -> {
				items.changeState(itemId, ItemState.WRAP_UP, now);
				contacts.ended(item.contactId(), now, EndedBy.CUSTOMER);
				signals.offersChanged(Set.of(item.advisorId()));
			}
			default -> {
				// wrapped up, done or abandoned already: the customer's leaving changes nothing
			}
		}
	}

	/** An item that came without a customer is theirs after all: its channel identified them (the workspace shows their file). */
	@Transactional
	public void identified(long contactId, long customerId) {
		items.identified(contactId, customerId);
	}

	/** The wait a waiting item's customer can expect now; estimated outside the arrival, so as not to delay its offer. */
	@Transactional(readOnly = true)
	public Forecast forecast(long itemId) {
		return figures.forecast(items.find(itemId).orElseThrow(() -> new NotFoundException("work item", itemId)));
	}

	private RoutingQueue queueFor(Arrival arrival, Optional<Customer> customer, String language) {
		if (arrival.queue() != null) {
			return queues.find(arrival.queue()).orElseThrow(() -> new InvalidFieldException("queue", "unknownQueue", arrival.queue()));
		}
		String segment = customer.map(c -> c.segment().name()).orElse(null);
		List<RoutingQueue> active = queues.active();
		String code = QueueSelection.choose(active.stream().map(RoutingQueue::scope).toList(), arrival.reasonCode(), segment, language)
			.orElseThrow(() -> new InvalidFieldException("queue", "noQueueTakesIt"));
		return active.stream().filter(queue -> queue.code().equals(code)).findFirst().orElseThrow();
	}
}
