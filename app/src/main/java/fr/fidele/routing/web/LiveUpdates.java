package fr.fidele.routing.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.RoutingProperties;
import fr.fidele.routing.RoutingSignals;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent events of the open workspaces and walls on this instance: "offers" at once when an advisor's
 * offers change here, "tick" every two seconds for the queue figures and for what other instances changed. The
 * open workspaces are also the advisors' sign of life: while one is open its advisor keeps their items (reported
 * every {@code fidele.routing.heartbeat}, which must stay well under the advisor timeout).
 */
@Component
class LiveUpdates implements RoutingSignals.Listener, SmartLifecycle, SchedulingConfigurer {

	/** Long enough not to reconnect often, short enough that a dead connection is noticed; browsers reconnect. */
	static final long STREAM_MILLIS = 10 * 60 * 1000L;

	private final Map<Long, List<SseEmitter>> workspaces = new ConcurrentHashMap<>();
	/** Streams of API clients: told of their offers, not sent the ticks a page redraws its queue figures on. */
	private final Set<SseEmitter> quiet = ConcurrentHashMap.newKeySet();
	private volatile boolean running;
	private final List<SseEmitter> walls = new CopyOnWriteArrayList<>();
	private final AdvisorDesk desk;
	private final RoutingProperties properties;

	LiveUpdates(RoutingSignals signals, AdvisorDesk desk, RoutingProperties properties) {
		this.desk = desk;
		this.properties = properties;
		signals.listen(this);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(this::tick, properties.liveTick());
		tasks.addFixedDelayTask(this::heartbeat, properties.heartbeat());
	}

	SseEmitter workspace(long advisorId) {
		return workspace(advisorId, true);
	}

	/** An API client's stream: offers only. */
	SseEmitter offers(long advisorId) {
		return workspace(advisorId, false);
	}

	private SseEmitter workspace(long advisorId, boolean ticks) {
		SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
		List<SseEmitter> mine = workspaces.computeIfAbsent(advisorId, id -> new CopyOnWriteArrayList<>());
		mine.add(emitter);
		if (!ticks) {
			quiet.add(emitter);
		}
		Runnable remove = () -> {
			mine.remove(emitter);
			quiet.remove(emitter);
		};
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError(error -> remove.run());
		desk.alive(advisorId);
		// at once: the response starts (the client knows it is connected) and the client looks at what it holds
		send(emitter, "offers");
		return emitter;
	}

	SseEmitter wall() {
		SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
		walls.add(emitter);
		emitter.onCompletion(() -> walls.remove(emitter));
		emitter.onTimeout(() -> walls.remove(emitter));
		emitter.onError(error -> walls.remove(emitter));
		return emitter;
	}

	@Override
	public void offersChanged(Set<Long> advisorIds) {
		for (Long advisor : advisorIds) {
			workspaces.getOrDefault(advisor, List.of()).forEach(emitter -> send(emitter, "offers"));
		}
		walls.forEach(emitter -> send(emitter, "offers"));
	}

	void tick() {
		workspaces.values().forEach(list -> list.forEach(emitter -> {
			if (!quiet.contains(emitter)) {
				send(emitter, "tick");
			}
		}));
		walls.forEach(emitter -> send(emitter, "tick"));
	}

	/**
	 * The open workspaces' sign of life, in one statement; a third of the advisor timeout by default. API streams are
	 * sent a comment first, so that one whose client left is noticed (and its advisor no longer kept alive).
	 */
	void heartbeat() {
		quiet.forEach(emitter -> send(emitter, null));
		Set<Long> open = workspaces.entrySet().stream().filter(entry -> !entry.getValue().isEmpty()).map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		desk.alive(open);
	}

	/** How many event streams this instance holds open for the advisor. */
	int streamsOf(long advisorId) {
		return workspaces.getOrDefault(advisorId, List.of()).size();
	}

	/** Streams never end by themselves: closed first on shutdown, so that the server does not wait for them. */
	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		workspaces.values().forEach(list -> list.forEach(SseEmitter::complete));
		walls.forEach(SseEmitter::complete);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Sends an event (a comment when {@code name} is null); a stream the client has left is forgotten. */
	private void send(SseEmitter emitter, String name) {
		try {
			emitter.send(name == null ? SseEmitter.event().comment("alive") : SseEmitter.event().name(name).data(name));
		}
		catch (IOException | IllegalStateException gone) {
			forget(emitter);
		}
	}

	private void forget(SseEmitter emitter) {
		workspaces.values().forEach(list -> list.remove(emitter));
		quiet.remove(emitter);
		walls.remove(emitter);
	}
}
