package fr.fidele.stats.survival;

import java.util.Arrays;

/**
 * Rows counted by (entry, covariate vector): how many join the backward sweep there less how many leave it, and how
 * many of those joining end with an event. Holds at most a given number of distinct pairs, in order of first use.
 */
final class CountedRows {

    private static final long FREE = -1;

    private final long vectors;
    private final int most;
    /** Open addressing, at most half full: grown as pairs come, so that a few thousand pairs stay in the cache. */
    private long[] keys;
    private int[] slots;
    private int mask;
    private int shift;
    private int size;
    private int[] entry;
    private int[] pattern;
    private int[] net;
    private int[] deaths;

    /**
     * @param vectors number of distinct covariate vectors
     * @param most    pairs held at most
     */
    CountedRows(int vectors, int most) {
        this.vectors = vectors;
        this.most = most;
        int initial = Math.min(most, 1 << 12);
        table(Integer.highestOneBit(Math.max(2, initial)) << 1);
        entry = new int[initial];
        pattern = new int[initial];
        net = new int[initial];
        deaths = new int[initial];
    }

    /** A row of vector {@code q} joins at {@code at}; false when that would hold more pairs than allowed. */
    boolean join(int at, int q, boolean event) {
        int g = group(at, q);
        if (g < 0) {
            return false;
        }
        net[g]++;
        deaths[g] += event ? 1 : 0;
        return true;
    }

    /** A row of vector {@code q} leaves at {@code at}; false when that would hold more pairs than allowed. */
    boolean leave(int at, int q) {
        int g = group(at, q);
        if (g < 0) {
            return false;
        }
        net[g]--;
        return true;
    }

    int size() {
        return size;
    }

    int entry(int g) {
        return entry[g];
    }

    int pattern(int g) {
        return pattern[g];
    }

    int net(int g) {
        return net[g];
    }

    int deaths(int g) {
        return deaths[g];
    }

    private int group(int at, int q) {
        long key = at * vectors + q;
        int slot = slot(key);
        if (keys[slot] == key) {
            return slots[slot];
        }
        if (size == most) {
            return -1;
        }
        if (size == entry.length) {
            int grown = Math.min(most, 2 * size);
            entry = Arrays.copyOf(entry, grown);
            pattern = Arrays.copyOf(pattern, grown);
            net = Arrays.copyOf(net, grown);
            deaths = Arrays.copyOf(deaths, grown);
        }
        if (2 * (size + 1) > keys.length) {
            rehash();
            slot = slot(key);
        }
        keys[slot] = key;
        slots[slot] = size;
        entry[size] = at;
        pattern[size] = q;
        return size++;
    }

    /** The slot holding {@code key}, or the free one where it goes. */
    private int slot(long key) {
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> shift); // Fibonacci hashing: the product's top bits
        while (keys[slot] != FREE && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void table(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, FREE);
        slots = new int[capacity];
        mask = capacity - 1;
        shift = Long.numberOfLeadingZeros(mask);
    }

    /** Twice the slots, every pair placed again. */
    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        table(2 * oldKeys.length);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                slots[slot] = oldSlots[i];
            }
        }
    }
}
