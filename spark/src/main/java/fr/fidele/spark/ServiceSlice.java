package fr.fidele.spark;

import java.io.Serializable;

/**
 * The service measures of one range: its counts, which add up over the ranges; the values whose percentiles the
 * channels show (first responses and resolution times by channel, each sorted), whose ranks are found among every
 * range's ({@link SpreadValues}); its customers
 * with contacts in the value at stake's recent days (ids ascending) and how many each had.
 */
record ServiceSlice(ServiceParts parts, double[][] responses, double[][] resolutions, long[] recentIds, int[] recentCounts)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
