package fr.fidele.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import fr.fidele.casefile.Channel;
import fr.fidele.casefile.ContinuousPercentile;
import fr.fidele.casefile.FigureThresholds;
import fr.fidele.casefile.JobExchange;
import fr.fidele.stats.exchange.WholeFiles;
import org.apache.spark.api.java.JavaRDD;

/**
 * The whole service's measures from every range's {@link ServiceSlice}, written where the application reads them:
 * {@value JobExchange#SERVICE} (the counts, added up), {@value JobExchange#CHANNELS} (by channel, with the percentiles
 * of PostgreSQL's {@code percentile_cont} read at their ranks among every range's values, {@link SpreadValues}: exact,
 * not estimated) and {@value JobExchange#RECENT_CONTACTS}.
 */
final class ServiceFigures {

    private static final int CHANNELS = Channel.values().length;
    /** The values' series: first responses by channel, then resolution times by channel. */
    private static final int RESPONSES = 0;
    private static final int RESOLUTIONS = CHANNELS;

    private ServiceFigures() {
    }

    /** The value of rank {@code rank} (from 0) of a series. */
    private record Rank(int series, long rank) {
    }

    static void write(Path out, JavaRDD<ServiceSlice> slices, FigureThresholds thresholds) throws IOException {
        ServiceParts parts = slices.map(ServiceSlice::parts).reduce(ServiceParts::plus);
        writeMeasures(out, parts, thresholds);
        long[] counts = slices.map(ServiceFigures::seriesSizes).reduce(MonthlyTrends::sum);
        Map<Rank, Double> ranked = valuesAtRanks(slices, counts);
        List<String> lines = new ArrayList<>();
        lines.add("channel\tinbound\tresponded\tresponseMedian\tresponseP90\trequests\tresolvedAtOnce\tresolved\tresolutionMedian");
        for (Channel channel : Channel.values()) {
            int k = channel.ordinal();
            int responses = RESPONSES + k;
            int resolutions = RESOLUTIONS + k;
            lines.add(String.join("\t", channel.name(), Long.toString(parts.inbound[k]), Long.toString(counts[responses]),
                    percentile(ranked, responses, counts[responses], 0.5), percentile(ranked, responses, counts[responses], 0.9),
                    Long.toString(parts.requests[k]), Long.toString(parts.resolvedAtOnce[k]), Long.toString(counts[resolutions]),
                    percentile(ranked, resolutions, counts[resolutions], 0.5)));
        }
        writeLines(out.resolve(JobExchange.CHANNELS), lines);
        writeRecent(out, slices, thresholds);
    }

    private static void writeMeasures(Path out, ServiceParts parts, FigureThresholds thresholds) throws IOException {
        Properties text = new Properties();
        text.setProperty(JobExchange.THRESHOLDS, thresholds.toString());
        text.setProperty(JobExchange.CONTACTS, Long.toString(parts.contacts));
        text.setProperty(JobExchange.FIRST_CONTACT_RESOLUTION, pair(parts.firstContactResolution));
        text.setProperty(JobExchange.REPEATS, parts.repeats[0] + " " + parts.repeats[1] + " " + parts.repeats[2] + " " + parts.repeats[3]);
        text.setProperty(JobExchange.OFFERED, Long.toString(parts.offered));
        text.setProperty(JobExchange.ANSWERED, Long.toString(parts.answered));
        text.setProperty(JobExchange.ABANDONMENT, pair(parts.abandonment));
        text.setProperty(JobExchange.SERVICE_LEVEL, pair(parts.serviceLevel));
        // written to the bit; the application divides them by the answered calls. Added range by range, in another
        // order than the application's single sum: the means agree to 1e-9, not to the bit
        text.setProperty(JobExchange.WAIT_TOTAL, Double.toString(parts.waitTotal));
        text.setProperty(JobExchange.HANDLE_TOTAL, Double.toString(parts.handleTotal));
        WholeFiles.write(out.resolve(JobExchange.SERVICE), stream -> text.store(stream, "the whole service's measures"));
    }

    private static String pair(long[] proportion) {
        return proportion[0] + " " + proportion[1];
    }

    private static long[] seriesSizes(ServiceSlice slice) {
        long[] sizes = new long[2 * CHANNELS];
        for (int k = 0; k < CHANNELS; k++) {
            sizes[RESPONSES + k] = slice.responses()[k].length;
            sizes[RESOLUTIONS + k] = slice.resolutions()[k].length;
        }
        return sizes;
    }

    /**
     * The values at the ranks the percentiles read, each found among every range's sorted values of its series by
     * {@link SpreadValues}: one pass for the sketches, one for the windows.
     */
    private static Map<Rank, Double> valuesAtRanks(JavaRDD<ServiceSlice> slices, long[] counts) {
        // a set: the ranks two percentiles read (or both sides of a position on a rank) are looked for once
        Set<Rank> ranks = new LinkedHashSet<>();
        for (int s = 0; s < counts.length; s++) {
            for (double p : s < RESOLUTIONS ? new double[] { 0.5, 0.9 } : new double[] { 0.5 }) {
                if (counts[s] > 0) {
                    ranks.add(new Rank(s, ContinuousPercentile.below(p, counts[s])));
                    ranks.add(new Rank(s, ContinuousPercentile.above(p, counts[s])));
                }
            }
        }
        List<Rank> wanted = List.copyOf(ranks);
        Map<Rank, Double> values = new HashMap<>();
        if (wanted.isEmpty()) {
            return values;
        }
        List<double[][]> sketches = slices.map(slice -> {
            double[][] sketch = new double[2 * CHANNELS][];
            for (int s = 0; s < sketch.length; s++) {
                sketch[s] = SpreadValues.sketch(series(slice, s));
            }
            return sketch;
        }).collect();
        double[][] windows = new double[wanted.size()][];
        for (int w = 0; w < windows.length; w++) {
            int s = wanted.get(w).series();
            windows[w] = SpreadValues.window(sketches.stream().map(sketch -> sketch[s]).toList(), wanted.get(w).rank());
        }
        List<Integer> seriesWanted = wanted.stream().map(Rank::series).toList();
        List<double[][]> answers = slices.map(slice -> {
            double[][] inside = new double[windows.length][];
            for (int w = 0; w < windows.length; w++) {
                inside[w] = SpreadValues.inWindow(series(slice, seriesWanted.get(w)), windows[w]);
            }
            return inside;
        }).collect();
        for (int w = 0; w < windows.length; w++) {
            int at = w;
            values.put(wanted.get(w), SpreadValues.at(answers.stream().map(inside -> inside[at]).toList(), wanted.get(w).rank()));
        }
        return values;
    }

    /** A range's sorted values of series {@code s}. */
    private static double[] series(ServiceSlice slice, int s) {
        return s < RESOLUTIONS ? slice.responses()[s - RESPONSES] : slice.resolutions()[s - RESOLUTIONS];
    }

    /** The {@code p} percentile of the {@code n} values of {@code series}; empty when there are none. */
    private static String percentile(Map<Rank, Double> ranked, int series, long n, double p) {
        if (n == 0) {
            return "";
        }
        double low = ranked.get(new Rank(series, ContinuousPercentile.below(p, n)));
        double high = ranked.get(new Rank(series, ContinuousPercentile.above(p, n)));
        return Double.toString(ContinuousPercentile.between(p, n, low, high));
    }

    /** Each customer with contacts in the recent days, and how many: a header naming those days, then a customer a line. */
    private static void writeRecent(Path out, JavaRDD<ServiceSlice> slices, FigureThresholds thresholds) throws IOException {
        // brought to the driver a range at a time, in the ranges' order, and written as they come: at twenty million
        // customers and a month's window the whole list would be millions of objects on the driver
        Iterator<long[][]> ranges = slices.map(slice -> new long[][] { slice.recentIds(),
                Arrays.stream(slice.recentCounts()).asLongStream().toArray() }).toLocalIterator();
        WholeFiles.write(out.resolve(JobExchange.RECENT_CONTACTS), stream -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            text.write(JobExchange.RECENT_DAYS + "\t" + thresholds.recentDays() + "\n");
            while (ranges.hasNext()) {
                long[][] range = ranges.next();
                for (int i = 0; i < range[0].length; i++) {
                    text.write(range[0][i] + "\t" + range[1][i] + "\n");
                }
            }
            text.flush();
        });
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        WholeFiles.write(file, stream -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            for (String line : lines) {
                text.write(line);
                text.write('\n');
            }
            text.flush();
        });
    }
}
