package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.contacts.Channel;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.LiveContacts;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls announced by the telephone switch: each becomes a work item and a contact, kept in step with what the
 * switch reports ({@link CallProgress}) and answered with where the call should go ({@link RoutingAnswer}).
 */
@Service
public class SwitchCalls {

	/** The item and contact a call became; {@code created} when this event made them. */
	public record Call(String callId, long itemId, long contactId, boolean created) {
	}

	private final JdbcClient jdbc;
	private final Arrivals arrivals;
	private final WorkItems items;
	private final AdvisorStates advisors;
	private final LiveContacts contacts;
	private final QueueFigures figures;
	private final Queues queues;
	private final Users users;
	private final RoutingEngine engine;
	private final RoutingSignals signals;
	private final Clock clock;

	SwitchCalls(JdbcClient jdbc, Arrivals arrivals, WorkItems items, AdvisorStates advisors, LiveContacts contacts,
			QueueFigures figures, Queues queues, Users users, RoutingEngine engine, RoutingSignals signals, Clock clock) {
		this.jdbc = jdbc;
		this.arrivals = arrivals;
		this.items = items;
		this.advisors = advisors;
		this.contacts = contacts;
		this.figures = figures;
		this.queues = queues;
		this.users = users;
		this.engine = engine;
		this.signals = signals;
		this.clock = clock;
	}

	/** Serialises the events of one call across instances until the transaction ends. */
	@Transactional
	public void lock(String callId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("cti:" + callId).query((rs, n) -> 1).single();
	}

	public Optional<Call> find(String callId) {
		return jdbc.sql("select call_id, work_item_id, contact_id from cti_call where call_id = ?").param(callId)
			.query((rs, n) -> new Call(rs.getString(1), rs.getLong(2), rs.getLong(3), false)).optional();
	}

	/** The call's item, created from its arrival the first time the switch mentions it ({@code created}). */
	@Transactional
	public Call track(String callId, Arrival arrival) {
		return find(callId).orElseGet(() -> {
			Enqueued enqueued = arrivals.enqueue(arrival);
			jdbc.sql("insert into cti_call (call_id, contact_id, work_item_id) values (?, ?, ?)")
				.params(callId, enqueued.contactId(), enqueued.itemId()).update();
			return new Call(callId, enqueued.itemId(), enqueued.contactId(), true);
		});
	}

	/** Brings the contact and the item in step with what the switch reports. */
	@Transactional
	public void sync(Call call, CallProgress progress) {
		// the item first, then the contact: the order every other change of an item takes (no deadlock with them)
		WorkItem item = items.lock(call.itemId()).orElseThrow();
		if (progress.transferQueue() != null && queues.find(progress.transferQueue()).isEmpty()) {
			throw new InvalidFieldException("target.queue", "unknownQueue", progress.transferQueue());
		}
		contacts.replay(call.contactId(), progress.facts());
		if (item.channel() != Channel.PHONE) {
			return;
		}
		Instant now = clock.instant();
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
		RoutingSignals.afterCommit(engine::kick);
	}

	/** Where the call should go now. */
	@Transactional(readOnly = true)
	public RoutingAnswer answer(Call call) {
		WorkItem item = items.find(call.itemId()).orElseThrow();
		return switch (item.state()) {
			case QUEUED -> {
				Forecast forecast = figures.forecast(item);
				yield new RoutingAnswer(call.callId(), item.id(), call.contactId(), item.state().name(), RoutingAnswer.Action.QUEUE,
						item.queue(), null, forecast.estimatedWaitSeconds(), forecast.offerCallback() && item.channel() == Channel.PHONE);
			}
			case OFFERED, CONNECTED -> new RoutingAnswer(call.callId(), item.id(), call.contactId(), item.state().name(),
					item.channel() == Channel.PHONE ? RoutingAnswer.Action.CONNECT : RoutingAnswer.Action.NONE, item.queue(),
					users.findById(item.advisorId()).map(User::username).orElse(null), null, false);
			default -> new RoutingAnswer(call.callId(), item.id(), call.contactId(), item.state().name(), RoutingAnswer.Action.NONE,
					item.queue(), null, null, false);
		};
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
