package fr.fidele.routing.web;

import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.WrapUp;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.Arrival;
import fr.fidele.routing.Arrivals;
import fr.fidele.routing.Enqueued;
import fr.fidele.routing.Forecast;
import fr.fidele.routing.Presence;
import fr.fidele.routing.PresenceState;
import fr.fidele.routing.QueueFigures;
import fr.fidele.routing.Supervision;
import fr.fidele.routing.Transfer;
import fr.fidele.routing.WorkItem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Routing through the API: the advisor's work, the supervisor's moves, arrivals from other channels, the queues live. */
@RestController
@Tag(name = "Routing")
class RoutingApiController {

	/** A new presence. */
	record PresenceChange(Presence presence) {
	}

	/** How a conversation ended, for channels the switch does not report (chat, email, callback). */
	record Ending(EndedBy endedBy) {
	}

	/** A move of a waiting item to a queue or a named advisor (one of the two). */
	record Move(String queue, String advisor) {
	}

	/** A queue an advisor starts serving. */
	record QueueMembership(String queue) {
	}

	/** Where a new item went, and what its customer is told. */
	record Queued(long itemId, long contactId, String queue, Long estimatedWaitSeconds, boolean offerCallback) {
	}

	/** An item arriving from a channel other than the telephone switch. */
	record NewItem(Channel channel, Long customerId, String reasonCode, String language, String queue, String externalRef) {
	}

	private final AdvisorDesk desk;
	private final Supervision supervision;
	private final Arrivals arrivals;
	private final QueueFigures figures;
	private final LiveUpdates live;

	RoutingApiController(AdvisorDesk desk, Supervision supervision, Arrivals arrivals, QueueFigures figures, LiveUpdates live) {
		this.live = live;
		this.desk = desk;
		this.supervision = supervision;
		this.arrivals = arrivals;
		this.figures = figures;
	}

	@GetMapping("/api/routing/queues")
	@Operation(summary = "Each queue live: waiting items, longest wait, estimated wait for a newcomer, advisors by presence")
	List<QueueFigures.QueueLive> queues() {
		return figures.wall();
	}

	@GetMapping("/api/routing/presence")
	@Operation(summary = "My presence, since when and why (an offer I missed sets me away)")
	PresenceState presence(SignedInUser me) {
		return desk.presenceStateOf(me.id());
	}

	@PostMapping("/api/routing/presence")
	@Operation(summary = "Set my presence; leaving hands back the offers not yet accepted. Also a sign of life.")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void presence(@RequestBody PresenceChange change, SignedInUser me) {
		desk.presence(me.id(), change == null ? null : change.presence());
	}

	@GetMapping(path = "/api/routing/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-sent events: 'offers' when my items change; an open stream is my sign of life")
	SseEmitter events(SignedInUser me) {
		return live.offers(me.id());
	}

	@GetMapping("/api/routing/my-items")
	@Operation(summary = "The items I hold: offers to accept, conversations, wrap-ups owed. Also a sign of life.")
	List<WorkItem> myItems(SignedInUser me) {
		long advisor = me.id();
		desk.alive(advisor);
		return desk.held(advisor);
	}

	@PostMapping("/api/routing/items/{id}/accept")
	@Operation(summary = "Accept an offer: the conversation starts and a leg is written to the contact")
	WorkItem accept(@PathVariable long id, SignedInUser me) {
		return desk.accept(me.id(), id);
	}

	@PostMapping("/api/routing/items/{id}/decline")
	@Operation(summary = "Decline an offer: the item goes back to its queue, at its place")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void decline(@PathVariable long id, SignedInUser me) {
		desk.decline(me.id(), id);
	}

	@PostMapping("/api/routing/items/{id}/identity")
	@Operation(summary = "Record that the customer's identity was verified: it is carried through transfers")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void identity(@PathVariable long id, SignedInUser me) {
		desk.identityVerified(me.id(), id);
	}

	@PostMapping("/api/routing/items/{id}/transfer")
	@Operation(summary = "Transfer to a queue or a named advisor with a note (required) that the next advisor reads first")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void transfer(@PathVariable long id, @RequestBody Transfer transfer, SignedInUser me) {
		desk.transfer(me.id(), id, transfer);
	}

	@PostMapping("/api/routing/items/{id}/end")
	@Operation(summary = "End the conversation (chat, email, callback); the wrap-up is still owed")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void end(@PathVariable long id, @RequestBody(required = false) Ending ending, SignedInUser me) {
		desk.end(me.id(), id, ending == null ? null : ending.endedBy());
	}

	@PostMapping("/api/routing/items/{id}/wrap-up")
	@Operation(summary = "Wrap up: reason, resolved or not (required), notes; the item is done")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void wrapUp(@PathVariable long id, @RequestBody WrapUp wrapUp, SignedInUser me) {
		desk.wrapUp(me.id(), id, wrapUp);
	}

	@PostMapping("/api/routing/items")
	@Operation(summary = "An item from another channel (email, chat, form, callback) joins a queue; answers its queue and expected wait")
	@ResponseStatus(HttpStatus.CREATED)
	Queued enqueue(@RequestBody NewItem item) {
		Enqueued enqueued = arrivals.enqueue(new Arrival(item.channel(), Direction.INBOUND, item.customerId(), item.reasonCode(),
				item.language(), item.queue(), null, item.externalRef(), null));
		Forecast forecast = arrivals.forecast(enqueued.itemId());
		return new Queued(enqueued.itemId(), enqueued.contactId(), enqueued.queue(), forecast.estimatedWaitSeconds(),
				forecast.offerCallback());
	}

	@PostMapping("/api/routing/items/{id}/move")
	@Operation(summary = "Supervisor: move a waiting or offered item to another queue or to a named advisor; it keeps its place")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void move(@PathVariable long id, @RequestBody Move move) {
		supervision.moveItem(id, move.queue(), move.advisor());
	}

	@PostMapping("/api/routing/advisors/{id}/queues")
	@Operation(summary = "Supervisor: the advisor starts serving a queue (its skill at its level, its language)")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void serve(@PathVariable long id, @RequestBody QueueMembership membership) {
		supervision.moveAdvisor(id, membership.queue());
	}
}
