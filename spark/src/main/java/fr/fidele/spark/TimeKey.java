package fr.fidele.spark;

import java.io.Serializable;

/** A (stratum, time) the partial likelihood's sums are gathered by, ordered as the sweep reads them. */
record TimeKey(int stratum, double time) implements Serializable, Comparable<TimeKey> {

    @Override
    public int compareTo(TimeKey other) {
        return stratum != other.stratum ? Integer.compare(stratum, other.stratum) : Double.compare(time, other.time);
    }
}
