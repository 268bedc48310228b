package fr.fidele.stats.measures;

/**
 * Inbound calls offered to a queue: for each call whether it was answered, how long the caller waited (until the
 * answer or until hanging up), and for answered calls the handle time (talk + hold + after-call work), in seconds.
 *
 * @param answered   true when an agent answered, false when the caller abandoned
 * @param waitTime   seconds in queue before the answer or the abandon
 * @param handleTime seconds of talk + hold + after-call work for answered calls (ignored for abandoned calls)
 */
public record CallRecords(boolean[] answered, double[] waitTime, double[] handleTime) {

    /** Validates lengths. */
    public CallRecords {
        if (answered.length != waitTime.length || handleTime.length != waitTime.length) {
            throw new IllegalArgumentException("one answered flag, wait time and handle time per call");
        }
    }

    /** How abandoned calls enter the service level. */
    public enum AbandonedCalls {
        /** Service level = answered within T / answered: abandoned calls are ignored. */
        EXCLUDED,
        /** Service level = answered within T / (answered + abandoned): every abandon counts as a miss. */
        COUNTED_AS_MISSED,
        /**
         * Service level = answered within T / (answered + abandoned after the short-abandon threshold): callers who
         * hung up very quickly (before any agent could reasonably answer) are ignored, the others count as misses.
         */
        SHORT_ABANDONS_EXCLUDED
    }

    /**
     * Abandonment rate: abandoned calls / offered calls, where abandons that waited less than
     * {@code shortAbandonSeconds} are "short abandons" (misdials, immediate hang-ups) and are removed from both the
     * numerator and the denominator. Use 0 to count every abandon.
     */
    public Proportion abandonmentRate(double shortAbandonSeconds) {
        long abandoned = 0;
        long offered = 0;
        for (int i = 0; i < answered.length; i++) {
            if (!answered[i] && waitTime[i] < shortAbandonSeconds) {
                continue;
            }
            offered++;
            if (!answered[i]) {
                abandoned++;
            }
        }
        return new Proportion(abandoned, offered);
    }

    /**
     * Service level: share of calls answered within {@code targetSeconds} (wait &lt;= target), with the denominator
     * chosen by {@code variant}; {@code shortAbandonSeconds} is only used by
     * {@link AbandonedCalls#SHORT_ABANDONS_EXCLUDED}.
     */
    public Proportion serviceLevel(double targetSeconds, AbandonedCalls variant, double shortAbandonSeconds) {
        long withinTarget = 0;
        long denominator = 0;
        for (int i = 0; i < answered.length; i++) {
            if (answered[i]) {
                denominator++;
                if (waitTime[i] <= targetSeconds) {
                    withinTarget++;
                }
            } else if (variant == AbandonedCalls.COUNTED_AS_MISSED
                    || (variant == AbandonedCalls.SHORT_ABANDONS_EXCLUDED && waitTime[i] >= shortAbandonSeconds)) {
                denominator++;
            }
        }
        return new Proportion(withinTarget, denominator);
    }

    /** Average handle time of answered calls, (talk + hold + after-call work) / answered calls; NaN if none. */
    public double averageHandleTime() {
        double total = 0;
        long count = 0;
        for (int i = 0; i < answered.length; i++) {
            if (answered[i]) {
                total += handleTime[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : total / count;
    }
}
