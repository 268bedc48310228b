package fr.fidele.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures computed at most once per {@code reuse} on this instance for each key, then shared: the wall and the
 * estimates every arrival asks for read the same live state, and a second-old picture of it is good enough. Two
 * threads missing at once may both compute; the later result wins, which is harmless.
 */
final class Recent<K, V> {

	private record Stamped<V>(Instant at, V value) {
	}

	private final Duration reuse;
	private final Map<K, Stamped<V>> values = new ConcurrentHashMap<>();

	Recent(Duration reuse) {
		this.reuse = reuse;
	}

	V get(K key, Instant now, Supplier<V> compute) {
		Stamped<V> last = values.get(key);
		if (last != null && now.isBefore(last.at().plus(reuse)) && !now.isBefore(last.at())) {
			return last.value();
		}
		V value = compute.get();
		values.put(key, new Stamped<>(now, value));
		return value;
	}
}
