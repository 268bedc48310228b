package fr.fidele.loyalty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.Exposure;
import org.springframework.stereotype.Repository;

/**
 * Reads, in one pass over the contacts, when each customer first went through each
 * {@link Exposure}, with their start, churn and segment, into primitive arrays: days since the
 * start of the relationship, NaN when the customer never did.
 */
@Repository
class CustomerExperiences {

	/** The table, and the scan of the contacts it was read from (see {@link ContactCounts#scan}). */
	record Read(CustomerTable table, ContactCounts.Scan scan) {
	}

	private final ContactCounts contacts;

	CustomerExperiences(ContactCounts contacts) {
		this.contacts = contacts;
	}

	/**
	 * The customers who started before {@code asOf}, in id order, and the first day each went through each
	 * exposure, from one scan of every contact. A customer's day 0 starts at midnight of their first day in the
	 * server's time zone, as PostgreSQL's sessions count it.
	 */
	Read read(LocalDate asOf, List<Exposure> exposures) {
		int k = exposures.size();
		// One row of k earliest arrivals per customer, side by side: a contact updates one place in memory.
		double[][] earliest = new double[1][];
		ContactCounts.Scan scan = contacts.scan(asOf, exposures, customers -> {
			earliest[0] = new double[customers.size() * k];
			Arrays.fill(earliest[0], Double.POSITIVE_INFINITY);
			double[] first = earliest[0];
			return (customer, arrivedSeconds, met) -> {
				int row = customer * k;
				for (long bits = met; bits != 0; bits &= bits - 1) {
					int e = row + Long.numberOfTrailingZeros(bits);
					if (arrivedSeconds < first[e]) {
						first[e] = arrivedSeconds;
					}
				}
			};
		});
		ContactCounts.Customers customers = scan.customers();
		CustomerTable.Builder table = new CustomerTable.Builder(asOf, ZoneId.systemDefault(), followed(customers, asOf), k);
		for (int i = 0; i < customers.size(); i++) {
			if (table.follows(customers.sinceDay()[i])) {
				table.add(customers.ids()[i], customers.segment()[i], customers.sinceDay()[i], customers.churnDay()[i], earliest[0], i * k);
			}
		}
		return new Read(table.build(), scan);
	}

	/** How many customers started before {@code asOf}. */
	private static int followed(ContactCounts.Customers customers, LocalDate asOf) {
		long day = asOf.toEpochDay();
		int n = 0;
		for (int i = 0; i < customers.size(); i++) {
			n += customers.sinceDay()[i] < day ? 1 : 0;
		}
		return n;
	}
}
