package fr.fidele.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
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
	private final LiveContacts contacts;
	private final QueueFigures figures;
	private final Queues queues;
	private final Users users;
	private final RoutingEngine engine;
	private final CallMoves moves;
	private final QueueCalendars calendars;
	private final Clock clock;

	SwitchCalls(JdbcClient jdbc, Arrivals arrivals, WorkItems items, LiveContacts contacts, QueueFigures figures, Queues queues,
			Users users, RoutingEngine engine, CallMoves moves, QueueCalendars calendars, Clock clock) {
		this.calendars = calendars;
		this.jdbc = jdbc;
		this.arrivals = arrivals;
		this.items = items;
		this.contacts = contacts;
		this.figures = figures;
		this.queues = queues;
		this.users = users;
		this.engine = engine;
		this.moves = moves;
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
		moves.follow(item, progress, clock.instant());
		RoutingSignals.afterCommit(engine::kick);
	}

	/** Where the call should go now. */
	@Transactional(readOnly = true)
	public RoutingAnswer answer(Call call) {
		WorkItem item = items.find(call.itemId()).orElseThrow();
		return switch (item.state()) {
			case QUEUED -> {
				Forecast forecast = figures.forecast(item);
				// a closed queue (outside its hours, a holiday) says when it opens, and offers the callback that keeps the place
				Instant opensAt = calendars.closedUntil(item.queue()).orElse(null);
				yield new RoutingAnswer(call.callId(), item.id(), call.contactId(), item.state().name(), RoutingAnswer.Action.QUEUE,
						item.queue(), null, forecast.estimatedWaitSeconds(),
						(forecast.offerCallback() || opensAt != null) && item.channel() == Channel.PHONE, opensAt);
			}
			case OFFERED, CONNECTED -> new RoutingAnswer(call.callId(), item.id(), call.contactId(), item.state().name(),
					item.channel() == Channel.PHONE ? RoutingAnswer.Action.CONNECT : RoutingAnswer.Action.NONE, item.queue(),
					users.findById(item.advisorId()).map(User::username).orElse(null), null, false, null);
			default -> new RoutingAnswer(call.callId(), item.id(), call.contactId(), item.state().name(), RoutingAnswer.Action.NONE,
					item.queue(), null, null, false, null);
		};
	}
}
