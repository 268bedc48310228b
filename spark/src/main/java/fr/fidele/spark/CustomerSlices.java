package fr.fidele.spark;

import java.io.IOException;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.fidele.casefile.ContactFlags;
import fr.fidele.casefile.CopyRows;
import fr.fidele.casefile.ContactRow;
import fr.fidele.casefile.ContactTally;
import fr.fidele.casefile.CustomerRow;
import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.Exposure;
import fr.fidele.casefile.FigureThresholds;
import fr.fidele.casefile.IdLookup;
import fr.fidele.casefile.LocalDays;
import fr.fidele.casefile.RequestKeys;
import fr.fidele.casefile.TallyCounts;

/**
 * Reads one range of customers and every contact of theirs, from the database in the snapshot the driver exported or
 * from a Parquet export of the same rows ({@link RangeSource}), into the {@link CustomerTable} of the churn models (the
 * first day each went through each exposure of the loyalty models) and the dashboards' counts ({@link ContactTally}:
 * by advisor and case-mix cell, by queue, by month). The rows are read, joined and derived by the application's own
 * code ({@code casefile}): a customer's contacts all fall in their range, so no contact crosses tasks and nothing is
 * shuffled.
 *
 * @param source      where the ranges are read
 * @param asOf        the analysis date: customers who started before it, followed up to it
 * @param zone        where a customer's day 0 and a contact's day start at midnight: the application's server's zone
 * @param thresholds  the company's thresholds of the service measures and of the value at stake's recent contacts
 */
record CustomerSlices(RangeSource source, LocalDate asOf, ZoneId zone, FigureThresholds thresholds) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * What a task read: its customers' table for the churn models, the dashboards' counts of their contacts and the
     * service measures' parts.
     */
    record Slice(CustomerTable table, TallyCounts counts, ServiceSlice service) implements Serializable {
    }

    /**
     * The customers of {@code range}, with the first day of each of the loyalty models' exposures, and the
     * {@link ContactTally} of every contact of theirs.
     */
    Slice read(Range range) throws SQLException, IOException {
        try (RangeRows rows = source.open(range)) {
            return read(rows);
        }
    }

    private Slice read(RangeRows rows) throws SQLException, IOException {
        Customers customers;
        try (CopyRows read = rows.rows(RangeTable.CUSTOMERS)) {
            customers = Customers.read(read);
        }
        IdLookup answers;
        try (CopyRows read = rows.rows(RangeTable.ANSWERS)) {
            answers = IdLookup.read(read, false);
        }
        IdLookup resolutions;
        try (CopyRows read = rows.rows(RangeTable.CASES)) {
            resolutions = IdLookup.read(read, true);
        }
        List<String> reasonCodes = source.reasonCodes();
        // made here, not shipped: an exposure's test is a lambda, which Spark cannot serialise
        Exposure[] exposures = Exposure.ofTheLoyaltyModels(reasonCodes).toArray(Exposure[]::new);
        int k = exposures.length;
        double[] earliest = new double[customers.size * k];
        Arrays.fill(earliest, Double.POSITIVE_INFINITY);
        ContactTally tally = new ContactTally(customers.caseMix(), asOf.toEpochDay(), reasonCodes.size() + 1, 0, true);
        LocalDays days = new LocalDays(zone);
        Map<String, Integer> reasonNumbers = ContactTally.reasonNumbers(reasonCodes);
        ServiceRows service = new ServiceRows(new RequestKeys(reasonCodes), thresholds, asOf, customers.size);
        ContactRow contact = new ContactRow();
        try (CopyRows read = rows.rows(RangeTable.CONTACTS)) {
            while (read.next()) {
                contact.read(read);
                contact.advisor = read.int8(-1);
                contact.answers = (int) answers.valueOf(contact.id, 0);
                contact.caseResolved = contact.caseId == ContactRow.NONE ? ContactRow.NONE
                        : resolutions.valueOf(contact.caseId, ContactRow.NONE);
                int customer = Math.max(-1, Arrays.binarySearch(customers.ids, 0, customers.size, contact.customerId));
                double arrived = contact.arrivedSeconds();
                int reason = contact.reasonCode == null ? 0 : reasonNumbers.getOrDefault(contact.reasonCode, 0);
                int flags = ContactFlags.of(contact);
                tally.add(customer, arrived, days.of(contact.arrivedEpochSecond()), contact.channel.ordinal(), reason,
                        contact.queue, contact.advisor, flags);
                service.add(contact, customer, flags);
                for (int e = 0; customer >= 0 && e < k; e++) {
                    int at = customer * k + e;
                    if (arrived < earliest[at] && exposures[e].test().test(contact)) {
                        earliest[at] = arrived;
                    }
                }
            }
        }
        CustomerTable.Builder table = new CustomerTable.Builder(asOf, zone, customers.size, k);
        for (int i = 0; i < customers.size; i++) {
            CustomerRow customer = customers.rows[i];
            if (table.follows(customer.sinceDay)) {
                table.add(customer.id, customer.segment, customer.sinceDay, customer.churnDay, earliest, i * k);
            }
        }
        return new Slice(table.build(), tally.counts(), service.measured(customers.ids));
    }

    /** The range's customers in id order: their ids apart, for the contacts to find their customer. */
    private record Customers(long[] ids, CustomerRow[] rows, int size) {

        static Customers read(CopyRows rows) {
            long[] ids = new long[16];
            CustomerRow[] read = new CustomerRow[16];
            int size = 0;
            while (rows.next()) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    read = Arrays.copyOf(read, size * 2);
                }
                CustomerRow customer = new CustomerRow();
                customer.read(rows);
                ids[size] = customer.id;
                read[size++] = customer;
            }
            return new Customers(ids, read, size);
        }

        /** What the dashboards' case-mix cells read of them. */
        ContactTally.CaseMix caseMix() {
            int[] segment = new int[size];
            int[] since = new int[size];
            int[] value = new int[size];
            int[] churn = new int[size];
            for (int i = 0; i < size; i++) {
                segment[i] = rows[i].segment;
                since[i] = rows[i].sinceDay;
                value[i] = rows[i].valueBand;
                churn[i] = rows[i].churnDay;
            }
            return new ContactTally.CaseMix(segment, since, value, churn);
        }
    }
}
