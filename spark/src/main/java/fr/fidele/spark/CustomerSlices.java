package fr.fidele.spark;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.casefile.AnswerBits;
import fr.fidele.casefile.BinaryCopyReader;
import fr.fidele.casefile.ContactRow;
import fr.fidele.casefile.CustomerRow;
import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.Exposure;

/**
 * Reads one range of customers and every contact of theirs from PostgreSQL, in the snapshot the driver exported, into
 * the {@link CustomerTable} of the churn models: the first day each went through each exposure of the loyalty
 * models. The rows are read and derived by the application's own code ({@code casefile}): a customer's contacts all
 * fall in their range, so no contact crosses tasks and nothing is shuffled.
 *
 * @param url         the database, its user and password among the URL's parameters (every executor connects)
 * @param snapshot    the snapshot every task reads in ({@code pg_export_snapshot()} of the driver's open transaction)
 * @param asOf        the analysis date: customers who started before it, followed up to it
 * @param zone        where a customer's day 0 starts at midnight: the application's server's zone
 * @param reasonCodes the contact reasons in their order, as {@link Exposure#ofTheLoyaltyModels} takes them
 */
record CustomerSlices(String url, String snapshot, LocalDate asOf, ZoneId zone, List<String> reasonCodes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The customers whose ids are in {@code [from, to]}, with the first day of each of the loyalty models' exposures. */
    CustomerTable read(long from, long to) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set transaction snapshot '" + snapshot.replace("'", "''") + "'");
            }
            CustomerTable table = read(connection, from, to);
            connection.commit();
            return table;
        }
    }

    private CustomerTable read(Connection connection, long from, long to) throws SQLException {
        String range = " between " + from + " and " + to;
        Customers customers = Customers.read(connection, "id" + range);
        // a semi-join: "= any(array(...))" compares every answer with each of the range's contacts in turn
        Map<Long, Integer> answers = answers(connection,
                "contact_id in (select id from contact_facts where customer_id" + range + ")");
        // made here, not shipped: an exposure's test is a lambda, which Spark cannot serialise
        Exposure[] exposures = Exposure.ofTheLoyaltyModels(reasonCodes).toArray(Exposure[]::new);
        int k = exposures.length;
        double[] earliest = new double[customers.size * k];
        Arrays.fill(earliest, Double.POSITIVE_INFINITY);
        ContactRow contact = new ContactRow();
        try (BinaryCopyReader rows = new BinaryCopyReader(connection,
                "select " + ContactRow.COLUMNS + " from contact_facts c where c.customer_id" + range)) {
            while (rows.next()) {
                contact.read(rows);
                contact.answers = answers.getOrDefault(contact.id, 0);
                int customer = Arrays.binarySearch(customers.ids, 0, customers.size, contact.customerId);
                if (customer < 0) {
                    continue;
                }
                double arrived = contact.arrivedSeconds();
                for (int e = 0; e < k; e++) {
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
        return table.build();
    }

    /** Each contact's {@link AnswerBits}, of the contacts {@code condition} keeps. */
    private static Map<Long, Integer> answers(Connection connection, String condition) throws SQLException {
        Map<Long, Integer> bits = new HashMap<>();
        try (BinaryCopyReader rows = new BinaryCopyReader(connection, AnswerBits.query(condition))) {
            while (rows.next()) {
                long contact = rows.int8(ContactRow.NONE);
                bits.put(contact, (int) rows.int8(0));
            }
        }
        return bits;
    }

    /** The range's customers in id order: their ids apart, for the contacts to find their customer. */
    private record Customers(long[] ids, CustomerRow[] rows, int size) {

        static Customers read(Connection connection, String condition) throws SQLException {
            long[] ids = new long[16];
            CustomerRow[] read = new CustomerRow[16];
            int size = 0;
            try (BinaryCopyReader rows = new BinaryCopyReader(connection, CustomerRow.query(condition))) {
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
            }
            return new Customers(ids, read, size);
        }
    }
}
