package fr.fidele.routing.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * Plays call traffic against Fidèle's CTI event API, as a telephone switch would, for demos and load tests
 * ({@code ./simulate-calls}, docs/cti.md): callers arrive at random (Poisson), choose a reason and a language in the
 * voice menu, wait, take the callback when offered, hang up when out of patience, talk with the advisor Fidèle
 * names. With a file of advisors' API tokens it also plays those advisors.
 */
public final class CallSimulator {

	/** How long a simulated advisor set away for a missed offer takes before coming back. */
	private static final Duration BACK_AFTER = Duration.ofSeconds(2);

	private final SimulatorOptions options;
	private final FideleLine line;
	/** Draws the arrivals and the callers, on the main thread only: the same seed plays the same traffic. */
	private final SplittableRandom random;
	private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(16);
	private final Map<SimulatedCall.Outcome, AtomicInteger> outcomes = new EnumMap<>(SimulatedCall.Outcome.class);
	private final Map<String, SimulatedCall> live = new ConcurrentHashMap<>();
	private final AtomicInteger errors = new AtomicInteger();
	private final AtomicLong callNumber = new AtomicLong();
	private final List<String> callers;

	CallSimulator(SimulatorOptions options) throws IOException {
		this.options = options;
		this.line = new FideleLine(options.url(), options.secret());
		this.random = new SplittableRandom(options.seed());
		this.callers = options.callers() == null ? List.of() : Files.readAllLines(options.callers()).stream().filter(l -> !l.isBlank()).toList();
		Arrays.stream(SimulatedCall.Outcome.values()).forEach(outcome -> outcomes.put(outcome, new AtomicInteger()));
	}

	public static void main(String[] args) throws Exception {
		SimulatorOptions options;
		try {
			options = SimulatorOptions.parse(List.of(args));
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.exit(2);
			return;
		}
		System.out.println(new CallSimulator(options).run());
	}

	/** Plays the traffic; returns the summary. */
	String run() throws Exception {
		List<SimulatedAdvisor> advisors = advisors();
		advisors.forEach(advisor -> advisor.available(task -> scheduler.execute(() -> safely(task))));
		long pollMillis = options.advisorPoll().toMillis();
		for (SimulatedAdvisor advisor : advisors) {
			scheduler.scheduleWithFixedDelay(() -> safely(advisor::turn), random.nextLong(pollMillis), pollMillis, TimeUnit.MILLISECONDS);
		}
		long end = System.nanoTime() + options.duration().toNanos();
		while (System.nanoTime() < end) {
			long gap = SimulatedCall.exponential(random, (long) (1000 / options.rate()));
			Thread.sleep(gap);
			SimulatedCall call = new SimulatedCall("sim-" + Long.toHexString(System.nanoTime()) + "-" + callNumber.incrementAndGet(),
					caller(), random.split(), options.patience().toMillis());
			live.put(call.id(), call);
			scheduler.execute(() -> safely(() -> arrive(call)));
		}
		long drain = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		synchronized (live) {
			while (!live.isEmpty() && System.nanoTime() < drain) {
				live.wait(Math.max(1, (drain - System.nanoTime()) / 1_000_000));
			}
		}
		// the advisors' periodic turns stop; a turn under way finishes
		scheduler.shutdown();
		if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
			scheduler.shutdownNow();
		}
		advisors.forEach(advisor -> safely(advisor::offline));
		return "calls %d: talked %d, abandoned %d, callbacks %d, still going %d, errors %d, missed offers %d".formatted(
				callNumber.get(), outcomes.get(SimulatedCall.Outcome.TALKED).get(), outcomes.get(SimulatedCall.Outcome.ABANDONED).get(),
				outcomes.get(SimulatedCall.Outcome.CALLBACK).get(), live.size(), errors.get(),
				advisors.stream().mapToInt(SimulatedAdvisor::missedOffers).sum());
	}

	private void arrive(SimulatedCall call) {
		JsonNode routing = line.event(call.offered());
		String advisor = SimulatedCall.advisorToConnect(routing);
		if (advisor != null) {
			talk(call, advisor);
		}
		else if (routing.path("offerCallback").asBoolean() && ThreadLocalRandom.current().nextDouble() < options.callbackShare()) {
			line.event(call.callbackRequested());
			line.event(call.ended("CUSTOMER"));
			finish(call, SimulatedCall.Outcome.CALLBACK);
		}
		else {
			scheduler.schedule(() -> safely(() -> waitInQueue(call)), 1, TimeUnit.SECONDS);
		}
	}

	private void waitInQueue(SimulatedCall call) {
		String advisor = SimulatedCall.advisorToConnect(line.route(call.id()));
		if (advisor != null) {
			talk(call, advisor);
		}
		else if (call.outOfPatience()) {
			line.event(call.ended("CUSTOMER"));
			finish(call, SimulatedCall.Outcome.ABANDONED);
		}
		else {
			scheduler.schedule(() -> safely(() -> waitInQueue(call)), 1, TimeUnit.SECONDS);
		}
	}

	private void talk(SimulatedCall call, String advisor) {
		line.event(call.answered(advisor));
		scheduler.schedule(() -> safely(() -> {
			line.event(call.ended(ThreadLocalRandom.current().nextDouble() < 0.9 ? "CUSTOMER" : "ADVISOR"));
			finish(call, SimulatedCall.Outcome.TALKED);
		}), SimulatedCall.exponential(ThreadLocalRandom.current(), options.talk().toMillis()), TimeUnit.MILLISECONDS);
	}

	private void finish(SimulatedCall call, SimulatedCall.Outcome outcome) {
		outcomes.get(outcome).incrementAndGet();
		synchronized (live) {
			live.remove(call.id());
			live.notifyAll();
		}
	}

	private String caller() {
		if (!callers.isEmpty()) {
			return callers.get(random.nextInt(callers.size()));
		}
		return "+336" + (10_000_000 + random.nextInt(89_999_999));
	}

	private List<SimulatedAdvisor> advisors() throws IOException {
		List<SimulatedAdvisor> advisors = new ArrayList<>();
		if (options.advisors() != null) {
			for (String token : Files.readAllLines(options.advisors())) {
				if (!token.isBlank()) {
					advisors.add(new SimulatedAdvisor(token.strip(), line, random.split(), options.talk().toMillis(), BACK_AFTER.toMillis()));
				}
			}
		}
		return advisors;
	}

	private void safely(Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException e) {
			if (errors.incrementAndGet() <= 10) {
				System.err.println("simulator: " + e.getMessage());
			}
		}
	}
}
