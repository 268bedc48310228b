package fr.fidele.stats.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The radix sorts against {@link Arrays#sort}: same keys in the same order, ties in row order, groups kept stable. */
class IndexSortTest {

    /** Keys with negatives, both zeros, exact ties and a wide range of magnitudes. */
    private static double[] keys(int n) {
        Random random = new Random(42);
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = switch (random.nextInt(5)) {
                case 0 -> random.nextBoolean() ? 0.0 : -0.0;
                case 1 -> random.nextInt(20) - 10;
                case 2 -> random.nextGaussian() * 1e-300;
                default -> random.nextGaussian() * Math.pow(10, random.nextInt(30) - 15);
            };
        }
        return key;
    }

    /** Below and above the size from which each pass is cut into parts sorted on every core ({@link RadixSort}). */
    @ParameterizedTest
    @ValueSource(ints = {5000, 400_000})
    void sortedKeysAreTheKeysInAscendingOrderWithTiesInRowOrder(int n) {
        double[] key = keys(n);
        double[] expected = key.clone();
        Arrays.sort(expected);

        IndexSort.SortedKeys sorted = IndexSort.sortedByKey(key);

        int firstWrong = -1;
        for (int i = 0; i < key.length && firstWrong < 0; i++) {
            boolean tieOutOfRowOrder = i > 0 && sorted.key()[i] == sorted.key()[i - 1] && sorted.order()[i] < sorted.order()[i - 1];
            if (sorted.key()[i] != expected[i] || key[sorted.order()[i]] != sorted.key()[i] || tieOutOfRowOrder) {
                firstWrong = i;
            }
        }
        assertThat(firstWrong).as("first position out of order").isEqualTo(-1);
        assertThat(IndexSort.ascending(key)).isEqualTo(sorted.order());
    }

    @ParameterizedTest
    @ValueSource(ints = {5000, 400_000})
    void integerKeysSortLikeArraysSortWithTiesInRowOrder(int n) {
        long[] key = new Random(11).longs(n, -1000, 1000).toArray();
        key[0] = Long.MIN_VALUE;
        key[1] = Long.MAX_VALUE;

        int[] order = IndexSort.ascending(key);

        Integer[] expected = new Integer[n];
        Arrays.setAll(expected, i -> i);
        Arrays.sort(expected, (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b]) : Integer.compare(a, b));
        assertThat(order).isEqualTo(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }

    /** Requests (cases, and negative keys of customer and reason) with times tied inside and across requests. */
    @ParameterizedTest
    @ValueSource(ints = {5000, 400_000})
    void byKeyThenValueSortsLikeArraysSortWithTiesInRowOrder(int n) {
        Random random = new Random(23);
        long[] key = new long[n];
        double[] time = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = random.nextBoolean() ? random.nextInt(n / 3 + 1) : -random.nextInt(n / 5 + 1) * 21L - random.nextInt(21) - 1;
            time[i] = random.nextInt(4) == 0 ? random.nextInt(50) * 86_400.0 : 1.7e9 + random.nextInt(1_000_000) + random.nextInt(10) / 8.0;
        }
        key[0] = Long.MIN_VALUE;
        key[1] = Long.MAX_VALUE;

        int[] order = IndexSort.byKeyThenAscending(key, time);

        Integer[] expected = new Integer[n];
        Arrays.setAll(expected, i -> i);
        Arrays.sort(expected, (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b])
                : time[a] != time[b] ? Double.compare(time[a], time[b]) : Integer.compare(a, b));
        assertThat(order).isEqualTo(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
    }

    /** A range of the Spark job can hold no contact with a request: nothing to sort is an empty order. */
    @Test
    void nothingToSortIsAnEmptyOrder() {
        assertThat(IndexSort.ascending(new long[0])).isEmpty();
        assertThat(IndexSort.ascending(new double[0])).isEmpty();
        assertThat(IndexSort.sortedByKey(new double[0]).key()).isEmpty();
    }

    @Test
    void groupingKeepsTheKeyOrderInsideEachGroup() {
        double[] key = keys(3000);
        int[] group = new Random(7).ints(key.length, 0, 3).toArray();

        IndexSort.SortedKeys grouped = IndexSort.stableByGroup(IndexSort.sortedByKey(key), group, 3);

        int[] order = grouped.order();
        for (int i = 1; i < order.length; i++) {
            int previous = order[i - 1];
            int row = order[i];
            assertThat(key[row] == grouped.key()[i]).isTrue();
            assertThat(group[row]).isGreaterThanOrEqualTo(group[previous]);
            if (group[row] == group[previous]) {
                assertThat(grouped.key()[i]).isGreaterThanOrEqualTo(grouped.key()[i - 1]);
                if (grouped.key()[i] == grouped.key()[i - 1]) {
                    assertThat(row).isGreaterThan(previous);
                }
            }
        }
        assertThat(IndexSort.stableByGroup(IndexSort.ascending(key), group, 3)).containsExactly(order);
    }
}
