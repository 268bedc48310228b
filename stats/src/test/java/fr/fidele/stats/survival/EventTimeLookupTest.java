package fr.fidele.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bucketed placement among event times answers as the binary search does, wherever the times bunch. */
class EventTimeLookupTest {

    @Test
    void everyTimeIsPlacedAsTheBinarySearchPlacesIt() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] shapes = {
            {}, {4.0}, {2.0, 2.5}, days(random, 1500, 1), bunched(random), {-3.5, -1.0, 0.0, 1e-9, 7.25, 1e6}};
        for (double[] events : shapes) {
            EventTimeLookup lookup = new EventTimeLookup(events);
            for (int i = 0; i < 20_000; i++) {
                double t = i % 4 == 0 && events.length > 0 ? events[random.nextInt(events.length)]
                        : i % 4 == 1 && events.length > 0 ? Math.nextDown(events[random.nextInt(events.length)])
                        : random.nextDouble(-10, events.length == 0 ? 10 : events[events.length - 1] + 10);
                assertThat(lookup.lastAtOrBefore(t)).as("%s in %s", t, events.length)
                    .isEqualTo(TimeSums.lastAtOrBefore(events, t));
            }
        }
    }

    private static double[] days(SplittableRandom random, int count, double step) {
        double[] times = new double[count];
        for (int k = 0; k < count; k++) {
            times[k] = k * step + (random.nextInt(3) == 0 ? random.nextDouble() : 0);
        }
        Arrays.sort(times);
        return Arrays.stream(times).distinct().toArray();
    }

    /** Most times within one day, a few far away: buckets empty and crowded side by side. */
    private static double[] bunched(SplittableRandom random) {
        double[] times = new double[2000];
        for (int k = 0; k < times.length; k++) {
            times[k] = k < 1990 ? 100 + random.nextDouble() : random.nextDouble(0, 5000);
        }
        Arrays.sort(times);
        return Arrays.stream(times).distinct().toArray();
    }
}
