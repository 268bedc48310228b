package fr.fidele.spark;

import java.time.LocalDate;
import java.util.Arrays;

import fr.fidele.casefile.ChannelValues;
import fr.fidele.casefile.ContactFlags;
import fr.fidele.casefile.ContactRow;
import fr.fidele.casefile.ContactTally;
import fr.fidele.casefile.FigureThresholds;
import fr.fidele.casefile.FirstContactResolutions;
import fr.fidele.casefile.MeasuredRows;
import fr.fidele.casefile.RequestKeys;
import fr.fidele.stats.math.IndexSort;
import fr.fidele.stats.measures.ContactHistory;

/**
 * What the service measures read of one range's contacts, as the application's columns in memory hold them (its
 * {@code ContactCounts} scan): each contact's request, arrival, channel, flags, wait, handle time, first response and
 * resolution; and each customer's contacts of the value at stake's recent days. A request's contacts are all of one
 * customer (a case is its customer's, a request outside a case is a customer's reason), so a range measures its
 * requests whole: {@link #measured} counts them with the {@code stats} measures and the application's own walks.
 */
final class ServiceRows {

    private static final double SECONDS_PER_DAY = 86_400;

    private final RequestKeys requests;
    private final FigureThresholds thresholds;
    private final double recentFrom;
    private final double recentTo;
    private final int[] recent;
    private int size;
    private long[] id = new long[1024];
    private long[] request = new long[1024];
    private double[] arrived = new double[1024];
    private byte[] channel = new byte[1024];
    private short[] flags = new short[1024];
    private double[] wait = new double[1024];
    private double[] handle = new double[1024];
    private double[] firstResponse = new double[1024];
    private double[] resolution = new double[1024];

    /**
     * Rows of a range of {@code customers} customers, counting their contacts from the start of the day
     * {@code recentDays} before {@code asOf} to the end of {@code asOf}, where the application's filters start a day.
     */
    ServiceRows(RequestKeys requests, FigureThresholds thresholds, LocalDate asOf, int customers) {
        this.requests = requests;
        this.thresholds = thresholds;
        this.recentFrom = asOf.minusDays(thresholds.recentDays()).atStartOfDay(ContactTally.COMPANY_ZONE).toEpochSecond();
        this.recentTo = asOf.plusDays(1).atStartOfDay(ContactTally.COMPANY_ZONE).toEpochSecond();
        this.recent = new int[customers];
    }

    /** Adds {@code contact} (its case's resolution joined) of the range's customer {@code customer} (-1: none). */
    void add(ContactRow contact, int customer, int contactFlags) {
        if (size == id.length) {
            grow(size * 2);
        }
        double at = contact.arrivedSeconds();
        id[size] = contact.id;
        request[size] = requests.of(contact);
        arrived[size] = at;
        channel[size] = (byte) contact.channel.ordinal();
        flags[size] = (short) contactFlags;
        wait[size] = contact.waitSeconds();
        handle[size] = contact.handleSeconds();
        firstResponse[size] = contact.firstResponseSeconds();
        resolution[size++] = contact.resolutionSeconds();
        if (customer >= 0 && at >= recentFrom && at < recentTo) {
            recent[customer]++;
        }
    }

    /** The range's measures, and its customers (whose ids are {@code customerIds}) with recent contacts. */
    ServiceSlice measured(long[] customerIds) {
        ServiceParts parts = new ServiceParts();
        parts.contacts = size;
        int[] order = byRequest();
        ContactHistory history = MeasuredRows.history(order, null, request, arrived, flags);
        parts.firstContactResolution(history.firstContactResolution(thresholds.resolutionDays()));
        // the windows of docs/metrics.md, the application's Measure.REPEAT_24_HOURS, _7_DAYS and _30_DAYS
        parts.repeats(history.repeatContactRate(1), history.repeatContactRate(7), history.repeatContactRate(30));
        parts.calls(MeasuredRows.calls(size, flags, wait, handle, null), thresholds);
        FirstContactResolutions.count(order, null, request, arrived, channel, flags, thresholds.resolutionDays() * SECONDS_PER_DAY,
                parts.requests, parts.resolvedAtOnce);
        double[][] responses = ChannelValues.of(size, channel, flags, firstResponse, ContactFlags.INBOUND, null, parts.inbound);
        double[][] resolutions = ChannelValues.of(size, channel, flags, resolution, ContactFlags.OPENED, null, null);
        int withRecent = 0;
        for (int count : recent) {
            withRecent += count > 0 ? 1 : 0;
        }
        long[] recentIds = new long[withRecent];
        int[] recentCounts = new int[withRecent];
        for (int c = 0, k = 0; c < recent.length; c++) {
            if (recent[c] > 0) {
                recentIds[k] = customerIds[c];
                recentCounts[k++] = recent[c];
            }
        }
        return new ServiceSlice(parts, responses, resolutions, recentIds, recentCounts);
    }

    /** The rows with a request, by request, then arrival, then id: the order the application's measures walk. */
    private int[] byRequest() {
        int n = 0;
        for (int row = 0; row < size; row++) {
            n += request[row] != RequestKeys.NONE ? 1 : 0;
        }
        int[] rows = new int[n];
        for (int row = 0, k = 0; row < size; row++) {
            if (request[row] != RequestKeys.NONE) {
                rows[k++] = row;
            }
        }
        // by id first, then stable sorts by arrival and by request: ties of both keep the ids' order
        long[] ids = new long[n];
        for (int k = 0; k < n; k++) {
            ids[k] = id[rows[k]];
        }
        int[] order = permute(rows, IndexSort.ascending(ids));
        double[] times = new double[n];
        for (int k = 0; k < n; k++) {
            times[k] = arrived[order[k]];
        }
        order = permute(order, IndexSort.ascending(times));
        long[] keys = new long[n];
        for (int k = 0; k < n; k++) {
            keys[k] = request[order[k]];
        }
        return permute(order, IndexSort.ascending(keys));
    }

    private static int[] permute(int[] rows, int[] by) {
        int[] permuted = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            permuted[k] = rows[by[k]];
        }
        return permuted;
    }

    private void grow(int capacity) {
        id = Arrays.copyOf(id, capacity);
        request = Arrays.copyOf(request, capacity);
        arrived = Arrays.copyOf(arrived, capacity);
        channel = Arrays.copyOf(channel, capacity);
        flags = Arrays.copyOf(flags, capacity);
        wait = Arrays.copyOf(wait, capacity);
        handle = Arrays.copyOf(handle, capacity);
        firstResponse = Arrays.copyOf(firstResponse, capacity);
        resolution = Arrays.copyOf(resolution, capacity);
    }
}
