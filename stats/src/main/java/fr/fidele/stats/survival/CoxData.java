package fr.fidele.stats.survival;

import java.util.List;

/**
 * Input of a Cox model on primitive arrays: right-censored {@code (stop, event)} or counting-process
 * {@code (start, stop], event} rows, optional strata and the covariate columns of the design matrix.
 *
 * @param start       entry time of each row (counting process), or null for right-censored data (entry at -inf)
 * @param stop        exit time of each row
 * @param event       whether the row ends with an event
 * @param stratum     stratum code per row in {@code [0, strataCount)}, or null
 * @param strataCount number of strata (1 without strata)
 * @param covariates  design matrix column by column: {@code covariates[j][row]}
 * @param terms       name of each design column (R's names, e.g. {@code ContractOne year})
 */
public record CoxData(double[] start, double[] stop, boolean[] event, int[] stratum, int strataCount,
                      double[][] covariates, List<String> terms) {

    /** Validates shapes and values. */
    public CoxData {
        int n = stop.length;
        if (event.length != n || (start != null && start.length != n) || (stratum != null && stratum.length != n)) {
            throw new IllegalArgumentException("all per-row arrays must have the same length");
        }
        if (covariates.length == 0 || covariates.length != terms.size()) {
            throw new IllegalArgumentException("need at least one covariate and one name per covariate");
        }
        for (double[] column : covariates) {
            if (column.length != n) {
                throw new IllegalArgumentException("every covariate needs one value per row");
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(stop[i]) || (start != null && !(start[i] < stop[i]))) {
                throw new IllegalArgumentException("times must be finite with start < stop (row " + (i + 1) + ")");
            }
        }
        terms = List.copyOf(terms);
    }

    /** Right-censored data without strata. */
    public static CoxData rightCensored(double[] time, boolean[] event, double[][] covariates, List<String> terms) {
        return new CoxData(null, time, event, null, 1, covariates, terms);
    }

    /** Number of rows. */
    public int size() {
        return stop.length;
    }
}
