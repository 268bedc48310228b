package fr.fidele.spark;

import java.io.Serializable;

/** What one pass over the rows counts: rows, events, strata and the covariates' sums (for their means). */
final class Totals implements Serializable {

    private long rows;
    private long events;
    private int strata;
    private final double[] sums;

    Totals(int variables) {
        sums = new double[variables];
    }

    Totals add(CoxRow row) {
        rows++;
        events += row.event() ? 1 : 0;
        strata = Math.max(strata, row.stratum() + 1);
        for (int j = 0; j < sums.length; j++) {
            sums[j] += row.x()[j];
        }
        return this;
    }

    Totals merge(Totals other) {
        rows += other.rows;
        events += other.events;
        strata = Math.max(strata, other.strata);
        for (int j = 0; j < sums.length; j++) {
            sums[j] += other.sums[j];
        }
        return this;
    }

    int rows() {
        return Math.toIntExact(rows);
    }

    int events() {
        return Math.toIntExact(events);
    }

    /** Strata numbered from 0: one more than the highest. */
    int strata() {
        return strata;
    }

    /** The covariates are centred on these, as the in-process fit centres them, so that exp(x·beta) stays in range. */
    double[] means() {
        double[] means = new double[sums.length];
        for (int j = 0; j < sums.length; j++) {
            means[j] = sums[j] / rows;
        }
        return means;
    }
}
