package fr.fidele.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

/** The value of a rank found from the parts' sketches and windows is the one of every value sorted together. */
class SpreadValuesTest {

    @Test
    void everyRankIsTheValueOfTheWholeSort() {
        Random random = new Random(17);
        for (int round = 0; round < 20; round++) {
            List<double[]> parts = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            for (int p = 0; p < count; p++) {
                // empty parts, parts shorter than a stride, long ones; heavy ties (whole seconds) and spread values
                int size = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(5 * SpreadValues.STRIDE);
                boolean tied = random.nextBoolean();
                double[] part = DoubleStream.generate(() -> tied ? Math.floor(random.nextDouble() * 40) : random.nextGaussian() * 1e4)
                    .limit(size).sorted().toArray();
                parts.add(part);
            }
            double[] all = parts.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
            if (all.length == 0) {
                continue;
            }
            List<double[]> sketches = parts.stream().map(SpreadValues::sketch).toList();
            for (long rank : ranks(all.length, random)) {
                double[] window = SpreadValues.window(sketches, rank);
                List<double[]> inside = parts.stream().map(part -> SpreadValues.inWindow(part, window)).toList();

                assertThat(SpreadValues.at(inside, rank)).as("rank %d of %d", rank, all.length).isEqualTo(all[(int) rank]);
                // the window holds a few strides of each part, not everything
                int held = inside.stream().mapToInt(part -> part.length - 1).sum();
                assertThat(held).isLessThanOrEqualTo(Math.max(all.length / 2, 3 * SpreadValues.STRIDE * parts.size()));
            }
        }
    }

    private static long[] ranks(int n, Random random) {
        return new long[] { 0, n - 1, (n - 1) / 2, (long) Math.floor(0.9 * (n - 1)), random.nextInt(n) };
    }
}
