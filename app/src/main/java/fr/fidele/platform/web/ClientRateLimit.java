package fr.fidele.platform.web;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.fidele.platform.TooManyRequestsException;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * How often one client (an address, a sender, a provider) may use a public endpoint: a token bucket per client
 * (Bucket4j) holding {@code capacity} uses and refilling them over {@code window}, kept while the client is active
 * (Caffeine). It lives in this instance's memory: behind N instances a client gets N times the rate, which still stops
 * a flood, and a restart forgets the counts, which is harmless for a limit.
 */
public final class ClientRateLimit {

	/** Clients followed at once; past it the least recent are forgotten (an attacker rotating addresses fills no memory). */
	private static final long CLIENTS = 100_000;

	private final Cache<String, Bucket> buckets;
	private final long capacity;
	private final Duration window;

	public ClientRateLimit(long capacity, Duration window) {
		if (capacity < 1 || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("a rate limit needs a capacity of at least 1 and a positive window");
		}
		this.capacity = capacity;
		this.window = window;
		this.buckets = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(CLIENTS).build();
	}

	/** Spends one of this client's uses: empty when granted, else how long until one is free again. */
	public Optional<Duration> spend(String client) {
		ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Spends one of this client's uses, or refuses the request (429 with the seconds to wait). */
	public void require(String client) {
		spend(client).ifPresent(wait -> {
			throw new TooManyRequestsException(Math.max(1, wait.toSeconds() + 1));
		});
	}

	private Bucket newBucket() {
		return Bucket.builder().addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window)).build();
	}
}
