package fr.fidele.routing.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the simulator plays: where Fidèle is, the switch's secret, how many calls arrive and how they behave, and
 * optionally the advisors it plays (a file of API tokens, one per line).
 *
 * @param rate calls arriving per second, on average (Poisson arrivals)
 * @param duration how long calls keep arriving
 * @param talk mean conversation time (exponential)
 * @param patience mean time a caller waits before hanging up (exponential)
 * @param callbackShare share of callers offered a callback who take it
 * @param callers phone numbers callers use, one per line (the demo customers' numbers identify them); random otherwise
 * @param advisorPoll how often a played advisor looks at their items without being told (their event stream tells)
 */
record SimulatorOptions(String url, String secret, double rate, Duration duration, Duration talk, Duration patience,
		double callbackShare, Path callers, Path advisors, Duration advisorPoll, long seed) {

	static final String USAGE = """
			simulate-calls --secret S [--url http://localhost:8080] [--rate 1] [--duration 60s] [--talk 20s]
			               [--patience 90s] [--callback-share 0.5] [--callers numbers.txt] [--advisors tokens.txt]
			               [--advisor-poll 10s] [--seed 1]""";

	static SimulatorOptions parse(List<String> args) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.size(); i += 2) {
			if (!args.get(i).startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("expected --name value pairs\n" + USAGE);
			}
			values.put(args.get(i).substring(2), args.get(i + 1));
		}
		String secret = values.getOrDefault("secret", System.getenv("FIDELE_CTI_SECRET"));
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("the switch's secret is needed: --secret or FIDELE_CTI_SECRET\n" + USAGE);
		}
		return new SimulatorOptions(values.getOrDefault("url", "http://localhost:8080"), secret,
				Double.parseDouble(values.getOrDefault("rate", "1")), duration(values.getOrDefault("duration", "60s")),
				duration(values.getOrDefault("talk", "20s")), duration(values.getOrDefault("patience", "90s")),
				Double.parseDouble(values.getOrDefault("callback-share", "0.5")),
				values.containsKey("callers") ? Path.of(values.get("callers")) : null,
				values.containsKey("advisors") ? Path.of(values.get("advisors")) : null,
				duration(values.getOrDefault("advisor-poll", "10s")), Long.parseLong(values.getOrDefault("seed", "1")));
	}

	/** 500ms, 20s, 5m. */
	static Duration duration(String text) {
		if (text.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
		}
		long amount = Long.parseLong(text.substring(0, text.length() - 1));
		return switch (text.charAt(text.length() - 1)) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			default -> throw new IllegalArgumentException("a duration reads 500ms, 20s or 5m: " + text);
		};
	}
}
