package fr.fidele.loyalty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Repository;

/**
 * Reads, in one pass over the contacts, when each customer first went through each
 * {@link Exposure}, with their start, churn and segment, into primitive arrays: days since the
 * start of the relationship, NaN when the customer never did.
 */
@Repository
class CustomerExperiences {

	/**
	 * Column-wise data: one entry per customer; {@code firstDay[e]} follows the order of the exposures read;
	 * {@code sinceDay} is the first day of the relationship, as an epoch day, so that a calendar period can be cut;
	 * {@code ids} the customers' ids, ascending, for exposures read apart ({@link SatisfactionBreakdown}).
	 */
	record Table(int size, double[] followUpDays, boolean[] churned, int[] segment, int[] sinceDay, double[][] firstDay, long[] ids) {

		/** The same customers with other exposure columns. */
		Table withColumns(double[][] columns) {
			return new Table(size, followUpDays, churned, segment, sinceDay, columns, ids);
		}

		/** The customer's row, or -1 when they are not in the table. */
		int rowOf(long id) {
			int found = Arrays.binarySearch(ids, id);
			return found < 0 ? -1 : found;
		}

		/**
		 * The day of the customer's tenure an instant falls on (fractional): day 0 starts at midnight of their first
		 * day in the server's time zone, as PostgreSQL's sessions count it.
		 */
		double dayOfTenure(int row, double epochSeconds) {
			return (epochSeconds - midnight(sinceDay[row])) / SECONDS_PER_DAY;
		}

		int churnedCount() {
			int count = 0;
			for (boolean c : churned) {
				count += c ? 1 : 0;
			}
			return count;
		}
	}

	/** The table, and the scan of the contacts it was read from (see {@link ContactCounts#scan}). */
	record Read(Table table, ContactCounts.Scan scan) {
	}

	private static final double SECONDS_PER_DAY = 86_400;

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
		long day = asOf.toEpochDay();
		int n = 0;
		for (int i = 0; i < customers.size(); i++) {
			n += customers.sinceDay()[i] < day ? 1 : 0;
		}
		double[] followUp = new double[n];
		boolean[] churned = new boolean[n];
		int[] segment = new int[n];
		int[] since = new int[n];
		long[] ids = new long[n];
		double[][] firstDay = new double[k][n];
		int row = 0;
		for (int i = 0; i < customers.size(); i++) {
			int start = customers.sinceDay()[i];
			if (start >= day) {
				continue;
			}
			int churn = customers.churnDay()[i];
			// Followed up to the end of the day they left, or else up to the analysis date.
			followUp[row] = (churn >= 0 ? churn + 1 : day) - start;
			churned[row] = churn >= 0;
			segment[row] = customers.segment()[i];
			since[row] = start;
			ids[row] = customers.ids()[i];
			double midnight = midnight(start);
			for (int e = 0; e < k; e++) {
				double at = earliest[0][i * k + e];
				firstDay[e][row] = at == Double.POSITIVE_INFINITY ? Double.NaN : (at - midnight) / SECONDS_PER_DAY;
			}
			row++;
		}
		return new Read(new Table(n, followUp, churned, segment, since, firstDay, ids), scan);
	}

	private static double midnight(int epochDay) {
		return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneId.systemDefault()).toEpochSecond();
	}
}
