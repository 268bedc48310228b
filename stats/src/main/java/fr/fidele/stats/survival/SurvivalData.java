package fr.fidele.stats.survival;

import fr.fidele.stats.math.IndexSort;
import java.util.List;

/**
 * Right-censored survival data on primitive arrays: a time and an event flag per subject, optionally a stratum.
 *
 * @param time         follow-up time of each subject
 * @param event        true when the subject had the event at {@code time}, false when censored
 * @param stratum      stratum code of each subject in {@code [0, strataLabels.size())}, or null for one stratum
 * @param strataLabels labels of the strata in code order (R's {@code column=value}); a single empty label when
 *                     {@code stratum} is null
 */
public record SurvivalData(double[] time, boolean[] event, int[] stratum, List<String> strataLabels) {

    /** Validates lengths, codes and values. */
    public SurvivalData {
        if (time.length != event.length || (stratum != null && stratum.length != time.length)) {
            throw new IllegalArgumentException("time, event and stratum must have the same length");
        }
        for (double t : time) {
            if (Double.isNaN(t) || Double.isInfinite(t)) {
                throw new IllegalArgumentException("times must be finite numbers");
            }
        }
        if (stratum == null && strataLabels.size() != 1) {
            throw new IllegalArgumentException("data without strata has exactly one (empty) stratum label");
        }
        if (stratum != null) {
            for (int s : stratum) {
                if (s < 0 || s >= strataLabels.size()) {
                    throw new IllegalArgumentException("stratum codes must index the strata labels");
                }
            }
        }
        strataLabels = List.copyOf(strataLabels);
    }

    /** Data without strata. */
    public static SurvivalData unstratified(double[] time, boolean[] event) {
        return new SurvivalData(time, event, null, List.of(""));
    }

    /** Number of subjects. */
    public int size() {
        return time.length;
    }

    /** Number of strata (1 when there are none). */
    public int strataCount() {
        return strataLabels.size();
    }

    /**
     * Subjects ordered by stratum, then ascending time, with the time at each position: near-ties merged when
     * {@code timeFix} is {@link TimeFix#ON} (the merge is over all strata together, as R's {@code aeqSurv}).
     */
    IndexSort.SortedKeys sort(TimeFix timeFix) {
        IndexSort.SortedKeys sorted = IndexSort.sortedByKey(time);
        if (timeFix == TimeFix.ON) {
            NearTies.mergeSorted(sorted.key());
        }
        return stratum == null ? sorted : IndexSort.stableByGroup(sorted, stratum, strataCount());
    }

    /** Stratum code of a subject. */
    int stratumOf(int subject) {
        return stratum == null ? 0 : stratum[subject];
    }

    /** R's start time of a curve: {@code min(0, all times)}. */
    double startTime() {
        double min = 0;
        for (double t : time) {
            min = Math.min(min, t);
        }
        return min;
    }
}
