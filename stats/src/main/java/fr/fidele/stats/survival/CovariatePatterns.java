package fr.fidele.stats.survival;

import java.util.Arrays;

/**
 * The distinct covariate vectors of a design's rows, numbered in order of first appearance, and each row's number.
 * Indicators (what a customer went through, which channel) give few distinct vectors however many rows there are.
 * Values are compared exactly, bit for bit ({@code -0.0} as {@code 0.0}).
 */
final class CovariatePatterns {

    private static final int NONE = -1;

    /** Number of covariates. */
    final int variables;
    /** Number of distinct vectors. */
    final int count;
    /** The vectors one after the other: vector {@code q}'s covariate {@code j} at {@code q * variables + j}. */
    final double[] values;
    /** Each row's vector. */
    final int[] ofRow;

    private CovariatePatterns(int variables, int count, double[] values, int[] ofRow) {
        this.variables = variables;
        this.count = count;
        this.values = values;
        this.ofRow = ofRow;
    }

    /**
     * The vectors of the rows of {@code covariates} ({@code covariates[j][row]}), or null as soon as there are more
     * than {@code most}: the caller then has no use for them, and the rest of the rows are not read.
     */
    static CovariatePatterns of(double[][] covariates, int most) {
        int p = covariates.length;
        int n = covariates[0].length;
        // open addressing, at most half full
        int[] table = new int[Integer.highestOneBit(Math.max(2, 2 * most)) << 1];
        Arrays.fill(table, NONE);
        int mask = table.length - 1;
        int shift = Long.numberOfLeadingZeros(mask); // the hash's top bits, as many as the table needs
        double[] values = new double[Math.max(1, Math.min(most, 1024)) * p];
        // grown as rows are read: a design of distinct vectors is given up after `most` rows, before it would have
        // allocated (and the system faulted in) a number for each of its millions of rows; a design of few vectors pays
        // a copy at each doubling instead (about twice its rows' numbers written in all)
        int[] ofRow = new int[Math.min(n, Math.max(1024, 2 * most))];
        double[] row = new double[p];
        int count = 0;
        for (int i = 0; i < n; i++) {
            long hash = 0;
            for (int j = 0; j < p; j++) {
                row[j] = covariates[j][i] + 0.0; // -0.0 + 0.0 is 0.0
                long bits = Double.doubleToLongBits(row[j]);
                // 0.0 and 1.0 differ in their high half only: folded down, then multiplied up (Fibonacci hashing)
                hash = (hash ^ bits ^ bits >>> 32) * 0x9E3779B97F4A7C15L;
            }
            int slot = (int) (hash >>> shift);
            while (table[slot] != NONE && !sameAs(values, table[slot], row)) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == NONE) {
                if (count == most) {
                    return null;
                }
                if ((count + 1) * p > values.length) {
                    values = Arrays.copyOf(values, 2 * values.length);
                }
                System.arraycopy(row, 0, values, count * p, p);
                table[slot] = count++;
            }
            if (i == ofRow.length) {
                ofRow = Arrays.copyOf(ofRow, (int) Math.min(n, 2L * ofRow.length));
            }
            ofRow[i] = table[slot];
        }
        return new CovariatePatterns(p, count, Arrays.copyOf(values, count * p), ofRow);
    }

    private static boolean sameAs(double[] values, int vector, double[] row) {
        int base = vector * row.length;
        for (int j = 0; j < row.length; j++) {
            if (Double.doubleToLongBits(values[base + j]) != Double.doubleToLongBits(row[j])) {
                return false;
            }
        }
        return true;
    }
}
