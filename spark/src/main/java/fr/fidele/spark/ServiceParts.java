package fr.fidele.spark;

import java.io.Serializable;

import fr.fidele.casefile.Channel;
import fr.fidele.casefile.FigureThresholds;
import fr.fidele.stats.measures.CallRecords;
import fr.fidele.stats.measures.Proportion;

/**
 * The parts of the whole service's measures that add up over ranges of customers: each proportion's numerator and
 * denominator, the calls and the sums of their waits and handle times, and by channel the inbound contacts, the
 * requests begun there and those resolved at once.
 */
final class ServiceParts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHANNELS = Channel.values().length;

    long contacts;
    /** Requests resolved at their first contact, requests. */
    final long[] firstContactResolution = new long[2];
    /** Contacts repeated within 24 hours, 7 and 30 days, then contacts with a request. */
    final long[] repeats = new long[4];
    long offered;
    long answered;
    /** Abandons and offered calls, short abandons left out of both. */
    final long[] abandonment = new long[2];
    /** Calls answered within the target, and the denominator of the thresholds' variant. */
    final long[] serviceLevel = new long[2];
    /** The waits and the handle times of the answered calls, in seconds. */
    double waitTotal;
    double handleTotal;
    final long[] inbound = new long[CHANNELS];
    final long[] requests = new long[CHANNELS];
    final long[] resolvedAtOnce = new long[CHANNELS];

    void firstContactResolution(Proportion share) {
        firstContactResolution[0] = share.numerator();
        firstContactResolution[1] = share.denominator();
    }

    void repeats(Proportion day, Proportion week, Proportion month) {
        repeats[0] = day.numerator();
        repeats[1] = week.numerator();
        repeats[2] = month.numerator();
        repeats[3] = day.denominator();
    }

    /** Counts the offered {@code calls} with the company's {@code thresholds}. */
    void calls(CallRecords calls, FigureThresholds thresholds) {
        offered = calls.answered().length;
        for (int i = 0; i < calls.answered().length; i++) {
            if (calls.answered()[i]) {
                answered++;
                waitTotal += calls.waitTime()[i];
                handleTotal += calls.handleTime()[i];
            }
        }
        Proportion abandoned = calls.abandonmentRate(thresholds.shortAbandonSeconds());
        abandonment[0] = abandoned.numerator();
        abandonment[1] = abandoned.denominator();
        Proportion onTime = calls.serviceLevel(thresholds.targetSeconds(), thresholds.abandonedCalls(),
                thresholds.shortAbandonSeconds());
        serviceLevel[0] = onTime.numerator();
        serviceLevel[1] = onTime.denominator();
    }

    /** This range's parts and {@code other}'s added, in this one. */
    ServiceParts plus(ServiceParts other) {
        contacts += other.contacts;
        offered += other.offered;
        answered += other.answered;
        waitTotal += other.waitTotal;
        handleTotal += other.handleTotal;
        add(firstContactResolution, other.firstContactResolution);
        add(repeats, other.repeats);
        add(abandonment, other.abandonment);
        add(serviceLevel, other.serviceLevel);
        add(inbound, other.inbound);
        add(requests, other.requests);
        add(resolvedAtOnce, other.resolvedAtOnce);
        return this;
    }

    private static void add(long[] to, long[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }
}
