package fr.fidele.routing.cti;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.contacts.CallFacts;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.customers.Customers;
import fr.fidele.customers.Identities;
import fr.fidele.customers.IdentityKind;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.routing.Arrival;
import fr.fidele.routing.CallProgress;
import fr.fidele.routing.PostCallSurveyAnswered;
import fr.fidele.routing.RoutingAnswer;
import fr.fidele.routing.SwitchCalls;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives the switch's events: each is kept once by its id (a repeat changes nothing and gets the same answer),
 * the call's events are folded in time order ({@link CallFold}) and the call's item and contact brought in step.
 * The events of one call are handled one at a time, across instances. The post-call survey's keys are told to the
 * surveys ({@link PostCallSurveyAnswered}) and change nothing of the call.
 */
@Service
class SwitchEvents {

	/** The call an event was about, and whether the event had been received before. */
	record Received(SwitchCalls.Call call, boolean duplicate) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final SwitchCalls calls;
	private final Users users;
	private final Customers customers;
	private final ApplicationEventPublisher published;

	SwitchEvents(JdbcClient jdbc, JsonMapper json, SwitchCalls calls, Users users, Customers customers, ApplicationEventPublisher published) {
		this.jdbc = jdbc;
		this.json = json;
		this.calls = calls;
		this.users = users;
		this.customers = customers;
		this.published = published;
	}

	@Transactional
	public Received receive(CallEvent event) {
		CallEventRules.check(event);
		calls.lock(event.callId());
		if (event.kind() == CallEventType.SURVEYED) {
			return surveyed(event);
		}
		boolean fresh = kept(event);
		List<CallEvent> events = events(event.callId());
		CallState state = CallFold.fold(event.callId(), events);
		SwitchCalls.Call call = calls.track(event.callId(), arrival(state));
		// a call made by its only event, an offer, is already as that event says: nothing to bring in step
		boolean madeByItsOffer = call.created() && events.size() == 1
				&& (event.kind() == CallEventType.OFFERED || event.kind() == CallEventType.QUEUED);
		if (fresh && !madeByItsOffer) {
			calls.sync(call, progress(state));
		}
		return new Received(call, !fresh);
	}

	/** The post-call survey of a call already routed: its keys go to the surveys, once. */
	private Received surveyed(CallEvent event) {
		SwitchCalls.Call call = calls.find(event.callId()).orElseThrow(() -> new NotFoundException("call", event.callId()));
		boolean fresh = kept(event);
		if (fresh) {
			List<PostCallSurveyAnswered.Key> keys = event.survey().answers().stream()
				.map(key -> new PostCallSurveyAnswered.Key(key.question(), key.score())).toList();
			published.publishEvent(new PostCallSurveyAnswered(event.callId(), call.contactId(), event.survey().id(), keys, event.occurredAt()));
		}
		return new Received(call, !fresh);
	}

	/** Keeps the event unless its id was received before; whether it is new. */
	private boolean kept(CallEvent event) {
		return jdbc.sql("""
				insert into cti_event (event_id, call_id, type, occurred_at, sequence, payload) values (?, ?, ?, ?, ?, ?::jsonb)
				on conflict (event_id) do nothing""")
			.params(event.eventId(), event.callId(), event.type(), java.sql.Timestamp.from(event.occurredAt()), event.order(),
					json.writeValueAsString(event))
			.update() == 1;
	}

	/** Where the call goes now: asked once the event is committed, so that the engine offers it meanwhile. */
	RoutingAnswer answer(SwitchCalls.Call call) {
		return calls.answer(call);
	}

	Optional<RoutingAnswer> answer(String callId) {
		return calls.find(callId).map(calls::answer);
	}

	private List<CallEvent> events(String callId) {
		return jdbc.sql("select payload::text from cti_event where call_id = ?").param(callId)
			.query((rs, n) -> json.readValue(rs.getString(1), CallEvent.class)).list();
	}

	private Arrival arrival(CallState state) {
		Long customer = customerCalling(state.caller()).orElse(null);
		return new Arrival(Channel.PHONE, Direction.INBOUND, customer, state.reason(), state.language(), state.queue(), null,
				"cti:" + state.callId(), state.offeredAt());
	}

	private Optional<Long> customerCalling(String caller) {
		if (caller == null) {
			return Optional.empty();
		}
		try {
			return customers.idByIdentity(IdentityKind.PHONE, Identities.phone(caller, "caller"));
		}
		catch (InvalidFieldException withheldOrForeignFormat) {
			return Optional.empty();
		}
	}

	private CallProgress progress(CallState state) {
		List<CallFacts.LegFact> legs = new ArrayList<>();
		for (CallState.Leg leg : state.legs()) {
			legs.add(new CallFacts.LegFact(advisorId(leg.advisor()), leg.startedAt(), leg.endedAt(), leg.transferNote()));
		}
		// a caller who asked to be called back before anyone answered did not abandon: Fidèle ended the wait for them
		boolean becameCallback = state.callbackNumber() != null && state.answeredAt() == null;
		CallFacts facts = becameCallback ? new CallFacts(state.offeredAt(), null, legs, state.callbackAt(), EndedBy.SYSTEM)
				: new CallFacts(state.offeredAt(), state.answeredAt(), legs, state.endedAt(),
						state.endedBy() == null ? null : EndedBy.valueOf(state.endedBy()));
		String connected = state.connectedAdvisor();
		CallEvent.Target target = state.transferTarget();
		String note = state.legs().isEmpty() ? null : state.legs().get(state.legs().size() - 1).transferNote();
		return new CallProgress(facts, connected == null ? null : advisorId(connected), target == null ? null : target.queue(),
				target == null || target.advisor() == null ? null : advisorId(target.advisor()), note, state.queue(),
				state.callbackNumber(), state.callbackAt());
	}

	private long advisorId(String username) {
		return users.findByUsername(username).map(User::id)
			.orElseThrow(() -> new InvalidFieldException("advisor", "unknownAdvisor", username));
	}
}
