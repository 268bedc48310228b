package fr.fidele.stats.measures;

import java.util.Arrays;

import fr.fidele.stats.math.IndexSort;

/**
 * Contacts of customers about requests, for resolution and repeat measures. Times are in seconds (e.g. epoch
 * seconds); a window of N days is N × 86,400 seconds.
 *
 * @param requestKey id of the request (or customer + reason) each contact is about
 * @param time       when each contact started, in seconds
 * @param resolved   whether the agent marked the request resolved at this contact
 */
public record ContactHistory(long[] requestKey, double[] time, boolean[] resolved) {

    private static final double SECONDS_PER_DAY = 86_400;

    /** Validates lengths. */
    public ContactHistory {
        if (requestKey.length != time.length || resolved.length != time.length) {
            throw new IllegalArgumentException("one key, time and resolved flag per contact");
        }
    }

    /**
     * First-contact resolution: share of requests whose first contact was marked resolved and was not followed by
     * another contact about the same request within {@code windowDays} days (after the first contact, window
     * included). Denominator: distinct requests.
     */
    public Proportion firstContactResolution(double windowDays) {
        int[] order = byRequestThenTime();
        long requests = 0;
        long resolvedFirstTime = 0;
        for (int i = 0; i < order.length; i++) {
            int contact = order[i];
            boolean firstOfRequest = i == 0 || requestKey[order[i - 1]] != requestKey[contact];
            if (firstOfRequest) {
                requests++;
                boolean repeated = i + 1 < order.length && requestKey[order[i + 1]] == requestKey[contact]
                        && time[order[i + 1]] - time[contact] <= windowDays * SECONDS_PER_DAY;
                if (resolved[contact] && !repeated) {
                    resolvedFirstTime++;
                }
            }
        }
        return new Proportion(resolvedFirstTime, requests);
    }

    /**
     * Repeat-contact rate: share of contacts followed by another contact about the same request within
     * {@code windowDays} days. Denominator: all contacts.
     */
    public Proportion repeatContactRate(double windowDays) {
        int[] order = byRequestThenTime();
        long repeated = 0;
        for (int i = 0; i + 1 < order.length; i++) {
            if (requestKey[order[i + 1]] == requestKey[order[i]]
                    && time[order[i + 1]] - time[order[i]] <= windowDays * SECONDS_PER_DAY) {
                repeated++;
            }
        }
        return new Proportion(repeated, order.length);
    }

    /**
     * The contacts by request, then by time, ties in their given order: the order both measures walk. Contacts
     * already given in that order (a caller that keeps them sorted) are not sorted again.
     */
    public int[] byRequestThenTime() {
        if (inRequestThenTimeOrder()) {
            int[] identity = new int[time.length];
            Arrays.setAll(identity, i -> i);
            return identity;
        }
        return IndexSort.byKeyThenAscending(requestKey, time);
    }

    private boolean inRequestThenTimeOrder() {
        for (int i = 1; i < time.length; i++) {
            if (requestKey[i] < requestKey[i - 1] || requestKey[i] == requestKey[i - 1] && time[i] < time[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
