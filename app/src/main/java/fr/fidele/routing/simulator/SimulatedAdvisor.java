package fr.fidele.routing.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JsonNode;

/**
 * An advisor played through the API with their token, as a workspace would: available, told of changes by the
 * workspace's event stream (and looking again now and then), accepting the callbacks and messages offered (phone
 * calls are answered through the switch), ending them after a conversation, and wrapping up what ended. Set away
 * for an offer they missed (a busy machine can make them slow), they notice it, count it, and come back after a
 * pause, as a person would.
 */
final class SimulatedAdvisor {

	private final String token;
	private final FideleLine line;
	private final SplittableRandom random;
	private final long talkMillis;
	private final Map<Long, Long> conversationEnds = new HashMap<>();
	private final AtomicBoolean turnPending = new AtomicBoolean();
	private final long pauseMillis;
	private int missedOffers;
	/** When the advisor noticed they had been set away for a missed offer; 0 while they are not. */
	private long setAwayNoticedAt;

	SimulatedAdvisor(String token, FideleLine line, SplittableRandom random, long talkMillis, long pauseMillis) {
		this.token = token;
		this.line = line;
		this.random = random;
		this.talkMillis = talkMillis;
		this.pauseMillis = pauseMillis;
	}

	/** Offers this advisor missed, so that Fidèle set them away. */
	synchronized int missedOffers() {
		return missedOffers;
	}

	/** Available, following the workspace's events: a turn as soon as the advisor's items change. */
	void available(Executor turns) {
		line.asAdvisor(token, "POST", "/api/routing/presence", "{\"presence\":\"AVAILABLE\"}");
		line.follow(token, "/api/routing/events", event -> {
			if ("offers".equals(event) && turnPending.compareAndSet(false, true)) {
				turns.execute(this::turn);
			}
		});
	}

	void offline() {
		line.asAdvisor(token, "POST", "/api/routing/presence", "{\"presence\":\"OFFLINE\"}");
	}

	/** One look at the workspace: act on each item held. */
	synchronized void turn() {
		turnPending.set(false);
		long now = System.currentTimeMillis();
		comeBackIfSetAway(now);
		for (JsonNode item : line.asAdvisor(token, "GET", "/api/routing/my-items", null)) {
			long id = item.get("id").asLong();
			String state = item.get("state").asString();
			boolean phone = "PHONE".equals(item.get("channel").asString());
			if ("OFFERED".equals(state) && !phone) {
				line.asAdvisor(token, "POST", "/api/routing/items/" + id + "/accept", null);
				conversationEnds.put(id, now + SimulatedCall.exponential(random, talkMillis));
			}
			else if ("CONNECTED".equals(state) && !phone && now >= conversationEnds.getOrDefault(id, 0L)) {
				line.asAdvisor(token, "POST", "/api/routing/items/" + id + "/end", "{}");
			}
			else if ("WRAP_UP".equals(state)) {
				line.asAdvisor(token, "POST", "/api/routing/items/" + id + "/wrap-up",
						"{\"resolved\":%s}".formatted(random.nextDouble() < 0.8));
				conversationEnds.remove(id);
			}
		}
	}

	private void comeBackIfSetAway(long now) {
		JsonNode presence = line.asAdvisor(token, "GET", "/api/routing/presence", null);
		boolean setAway = "AWAY".equals(presence.path("presence").asString()) && "OFFER_MISSED".equals(presence.path("cause").asString());
		if (!setAway) {
			setAwayNoticedAt = 0;
			return;
		}
		if (setAwayNoticedAt == 0) {
			setAwayNoticedAt = now;
			missedOffers++;
		}
		if (now - setAwayNoticedAt >= pauseMillis) {
			line.asAdvisor(token, "POST", "/api/routing/presence", "{\"presence\":\"AVAILABLE\"}");
			setAwayNoticedAt = 0;
		}
	}
}
