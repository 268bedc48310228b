package fr.fidele.loyalty;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Figures computed for a dashboard filter (with its settings, if any), kept until the next recomputation or until the
 * contacts held change, so that a filter costs its computation once. Requests for a filter being computed wait for that computation instead of starting another. Holds a few
 * dozen filters at most: past that, an older one is dropped.
 */
final class FilterMemo<K, V> {

	private static final int CAPACITY = 32;

	private final Map<K, CompletableFuture<V>> figures = new ConcurrentHashMap<>();
	private final AtomicLong version = new AtomicLong(Long.MIN_VALUE);

	/**
	 * The figures of {@code filter}, computed on the contacts held in memory as of {@code contactsVersion}
	 * ({@link ContactsInMemory#version()}): figures of an earlier version are forgotten.
	 */
	V get(long contactsVersion, K filter, Function<K, V> compute) {
		if (version.getAndSet(contactsVersion) != contactsVersion) {
			figures.clear();
		}
		return get(filter, compute);
	}

	/** The figures of {@code filter}, computed once until {@link #clear()}. */
	V get(K filter, Function<K, V> compute) {
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> existing = figures.putIfAbsent(filter, mine);
		if (existing != null) {
			try {
				return existing.join();
			}
			catch (CompletionException e) {
				throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
			}
		}
		if (figures.size() > CAPACITY) {
			figures.keySet().stream().filter(key -> !key.equals(filter)).findAny().ifPresent(figures::remove);
		}
		try {
			V value = compute.apply(filter);
			mine.complete(value);
			return value;
		}
		catch (RuntimeException e) {
			figures.remove(filter, mine);
			mine.completeExceptionally(e);
			throw e;
		}
	}

	void clear() {
		figures.clear();
	}
}
