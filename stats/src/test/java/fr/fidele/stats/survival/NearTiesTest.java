package fr.fidele.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The counting-process rows' times merged as R's {@code aeqSurv} merges them: over the pooled entry and exit times,
 * every time replaced by the first of its chain of near-ties. The reference here pools every entry and exit, sorts
 * them and maps each value to its chain's first, the definition written out once more.
 */
class NearTiesTest {

    @Test
    void splitFollowUpsWithNearTiesAreMergedOverEveryEntryAndExit() {
        SplittableRandom random = new SplittableRandom(5);
        int customers = 4000;
        double[] start = new double[4 * customers];
        double[] stop = new double[4 * customers];
        int n = 0;
        for (int c = 0; c < customers; c++) {
            double from = random.nextInt(900);
            int pieces = 1 + random.nextInt(3);
            for (int p = 0; p < pieces; p++) {
                // whole days, shared by many, now and then a rounding error apart; moments to the second between
                double to = random.nextBoolean() ? Math.floor(from) + 1 + random.nextInt(30) + (random.nextInt(7) == 0 ? 1e-11 : 0)
                        : from + Math.rint(1 + random.nextDouble() * 86_400 * 30) / 86_400;
                start[n] = from;
                stop[n] = to;
                from = to;
                n++;
            }
        }
        start = Arrays.copyOf(start, n);
        stop = Arrays.copyOf(stop, n);

        double[][] merged = NearTies.merge(start, stop);

        Map<Double, Double> reference = pooledReference(start, stop);
        assertThat(merged[0]).isNotSameAs(start);
        int changed = 0;
        for (int i = 0; i < n; i++) {
            assertThat(merged[0][i]).as("start of row %d", i).isEqualTo(reference.get(start[i]));
            assertThat(merged[1][i]).as("stop of row %d", i).isEqualTo(reference.get(stop[i]));
            changed += merged[1][i] != stop[i] ? 1 : 0;
        }
        assertThat(changed).as("near-ties merged").isPositive();
    }

    @Test
    void timesWithoutNearTiesAreKeptAsTheyAre() {
        double[] start = {0, 2, 5, 0};
        double[] stop = {2, 5, 9, 3.5};

        double[][] merged = NearTies.merge(start, stop);

        assertThat(merged[0]).isSameAs(start);
        assertThat(merged[1]).isSameAs(stop);
    }

    /** Each value of the pooled times mapped to the first of its chain, by {@link NearTies#mergeSorted}'s rule. */
    private static Map<Double, Double> pooledReference(double[] start, double[] stop) {
        double[] pooled = new double[start.length + stop.length];
        System.arraycopy(start, 0, pooled, 0, start.length);
        System.arraycopy(stop, 0, pooled, start.length, stop.length);
        double[] distinct = Arrays.stream(pooled).sorted().distinct().toArray();
        double sum = 0; // in ascending order, one addition after the other, as the definition adds them
        for (double t : distinct) {
            sum += Math.abs(t);
        }
        double mean = sum / distinct.length;
        Map<Double, Double> firstOfChain = new HashMap<>();
        double head = distinct[0];
        for (int k = 0; k < distinct.length; k++) {
            double gap = k == 0 ? Double.POSITIVE_INFINITY : distinct[k] - distinct[k - 1];
            if (gap > NearTies.TOLERANCE && gap / mean > NearTies.TOLERANCE) {
                head = distinct[k];
            }
            firstOfChain.put(distinct[k], head);
        }
        return firstOfChain;
    }
}
