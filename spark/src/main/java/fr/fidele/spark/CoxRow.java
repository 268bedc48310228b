package fr.fidele.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.fidele.stats.exchange.CoxRequest;
import fr.fidele.stats.survival.CoxData;

/**
 * One row of a Cox model's data: a customer's follow-up, or one interval of it when a covariate changes over time
 * (counting process: at risk at t when start &lt; t &lt;= stop).
 *
 * @param start   entry time, or negative infinity for right-censored data (at risk from the start)
 * @param stop    exit time
 * @param event   whether the row ends with the event (a departure)
 * @param stratum stratum, 0 without strata
 * @param x       covariates, in the order of the model's terms
 */
public record CoxRow(double start, double stop, boolean event, int stratum, double[] x) implements Serializable {

    /** Refuses what the in-process fit refuses. */
    public CoxRow {
        if (!Double.isFinite(stop) || !(start < stop)) {
            throw new IllegalArgumentException("times must be finite with start < stop: (" + start + ", " + stop + "]");
        }
        if (stratum < 0) {
            throw new IllegalArgumentException("a stratum is 0 or more: " + stratum);
        }
    }

    /** A right-censored row without strata. */
    public static CoxRow rightCensored(double time, boolean event, double... x) {
        return new CoxRow(Double.NEGATIVE_INFINITY, time, event, 0, x);
    }

    /** The row of one record of a {@link fr.fidele.stats.exchange.CoxRequest}'s rows. */
    public static CoxRow ofRecord(byte[] record) {
        double[] values = CoxRequest.decode(record);
        return new CoxRow(values[0], values[1], values[2] == 1, (int) values[3], Arrays.copyOfRange(values, 4, values.length));
    }

    /** The rows of {@code data}, right-censored when it has no entry times. */
    public static List<CoxRow> of(CoxData data) {
        List<CoxRow> rows = new ArrayList<>(data.size());
        for (int r = 0; r < data.size(); r++) {
            double[] x = new double[data.covariates().length];
            for (int j = 0; j < x.length; j++) {
                x[j] = data.covariates()[j][r];
            }
            double start = data.start() == null ? Double.NEGATIVE_INFINITY : data.start()[r];
            rows.add(new CoxRow(start, data.stop()[r], data.event()[r], data.stratum() == null ? 0 : data.stratum()[r], x));
        }
        return rows;
    }

    /** True when the row has an entry time (counting process). */
    boolean entered() {
        return start != Double.NEGATIVE_INFINITY;
    }
}
