package fr.fidele.routing.simulator;

import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

import tools.jackson.databind.JsonNode;

/**
 * One caller, as a telephone switch reports them: the call is offered with the voice menu's choices, waits while
 * Fidèle says to queue (taking the callback when offered, or hanging up when out of patience), is answered by the
 * advisor Fidèle names, and ends.
 */
final class SimulatedCall {

	/** How a call ended, for the summary. */
	enum Outcome {
		TALKED, ABANDONED, CALLBACK
	}

	private static final List<String> REASONS = List.of("BILLING", "TECHNICAL_HELP", "ORDER_STATUS", "COMPLAINT", "INFORMATION",
			"CANCELLATION_REQUEST", "ORDER");
	private static final double[] REASON_SHARES = { 0.25, 0.25, 0.15, 0.1, 0.1, 0.05, 0.1 };

	private final String id;
	private final String caller;
	private final String language;
	private final String reason;
	private final Instant giveUpAt;
	private int sequence;

	SimulatedCall(String id, String caller, RandomGenerator random, long patienceMillis) {
		this.id = id;
		this.caller = caller;
		this.language = random.nextDouble() < 0.85 ? "fr" : "en";
		this.reason = pick(random);
		this.giveUpAt = Instant.now().plusMillis(exponential(random, patienceMillis));
	}

	String id() {
		return id;
	}

	boolean outOfPatience() {
		return Instant.now().isAfter(giveUpAt);
	}

	String offered() {
		return event("call.offered", """
				"caller":"%s","dialled":"3900","ivr":{"language":"%s","reason":"%s","choices":["%d"]}"""
			.formatted(caller, language, reason, REASONS.indexOf(reason) + 1));
	}

	String answered(String advisor) {
		return event("call.answered", "\"advisor\":\"" + advisor + "\"");
	}

	String callbackRequested() {
		return event("callback.requested", "\"callbackNumber\":\"" + caller + "\"");
	}

	String ended(String by) {
		return event("call.ended", "\"endedBy\":\"" + by + "\"");
	}

	/** The advisor Fidèle connects the call to, if it says so. */
	static String advisorToConnect(JsonNode routing) {
		return "CONNECT".equals(routing.path("action").asString()) ? routing.path("advisor").asString() : null;
	}

	static long exponential(RandomGenerator random, long meanMillis) {
		return (long) (-Math.log(1 - random.nextDouble()) * meanMillis);
	}

	private String event(String type, String fields) {
		sequence++;
		return """
				{"eventId":"%s-%d","type":"%s","callId":"%s","occurredAt":"%s","sequence":%d,%s}"""
			.formatted(id, sequence, type, id, Instant.now(), sequence, fields);
	}

	private static String pick(RandomGenerator random) {
		double draw = random.nextDouble();
		for (int i = 0; i < REASONS.size(); i++) {
			draw -= REASON_SHARES[i];
			if (draw < 0) {
				return REASONS.get(i);
			}
		}
		return REASONS.get(REASONS.size() - 1);
	}
}
