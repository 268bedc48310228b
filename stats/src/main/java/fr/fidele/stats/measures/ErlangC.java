package fr.fidele.stats.measures;

/**
 * Erlang C queueing model (M/M/N): calls arrive at random, handle times are exponential, callers wait for a free
 * agent and never hang up. Traffic A = arrival rate × average handle time, in erlangs.
 *
 * <p>Numerically stable for hundreds or thousands of agents: the Erlang B probability is computed by its recursion
 * B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)), which never forms a power or a factorial, and Erlang C follows as
 * C = N·B / (N − A·(1 − B)).
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** Erlang B blocking probability with {@code agents} servers and {@code traffic} erlangs. */
    public static double erlangB(int agents, double traffic) {
        checkTraffic(traffic);
        if (agents < 0) {
            throw new IllegalArgumentException("agents must be non-negative: " + agents);
        }
        double b = 1;
        for (int k = 1; k <= agents; k++) {
            b = traffic * b / (k + traffic * b);
        }
        return b;
    }

    /**
     * Probability that a call has to wait; 1 when the agents cannot keep up ({@code agents <= traffic}).
     */
    public static double probabilityOfWaiting(int agents, double traffic) {
        if (agents <= traffic) {
            return 1;
        }
        double b = erlangB(agents, traffic);
        return agents * b / (agents - traffic * (1 - b));
    }

    /**
     * Average speed of answer, in the unit of {@code averageHandleTime}: C · AHT / (N − A); infinite when
     * {@code agents <= traffic}.
     */
    public static double averageSpeedOfAnswer(int agents, double traffic, double averageHandleTime) {
        if (agents <= traffic) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(agents, traffic) * averageHandleTime / (agents - traffic);
    }

    /**
     * Share of calls answered within {@code targetTime}: 1 − C · exp(−(N − A) · T / AHT); 0 when
     * {@code agents <= traffic}.
     */
    public static double serviceLevel(int agents, double traffic, double averageHandleTime, double targetTime) {
        if (agents <= traffic) {
            return 0;
        }
        return 1 - probabilityOfWaiting(agents, traffic) * Math.exp(-(agents - traffic) * targetTime / averageHandleTime);
    }

    /**
     * Smallest number of agents whose service level reaches {@code targetShare} of calls answered within
     * {@code targetTime}.
     *
     * @param traffic           offered traffic in erlangs (arrival rate × AHT)
     * @param averageHandleTime average handle time, same unit as {@code targetTime}
     * @param targetTime        answer-time target, e.g. 20 seconds
     * @param targetShare       required share in (0, 1), e.g. 0.8
     */
    public static int agentsNeeded(double traffic, double averageHandleTime, double targetTime, double targetShare) {
        checkTraffic(traffic);
        if (!(targetShare > 0 && targetShare < 1) || !(averageHandleTime > 0) || targetTime < 0) {
            throw new IllegalArgumentException("need 0 < target share < 1, AHT > 0 and target time >= 0");
        }
        int agents = (int) Math.floor(traffic) + 1;
        // Erlang B for `agents` servers, then one recursion step per extra agent: O(agents) in all.
        double b = erlangB(agents, traffic);
        while (true) {
            double c = agents * b / (agents - traffic * (1 - b));
            double level = 1 - c * Math.exp(-(agents - traffic) * targetTime / averageHandleTime);
            if (level >= targetShare) {
                return agents;
            }
            agents++;
            b = traffic * b / (agents + traffic * b);
        }
    }

    private static void checkTraffic(double traffic) {
        if (!(traffic > 0) || Double.isInfinite(traffic)) {
            throw new IllegalArgumentException("traffic must be a positive number of erlangs: " + traffic);
        }
    }
}
