package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import fr.fidele.casefile.CountingProcess;
import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.Segment;
import fr.fidele.stats.survival.CoxData;
import org.junit.jupiter.api.Test;

/**
 * The counting-process rows of many customers, with and without a period or a segment, against the definition written
 * out row by row: each customer followed from their entry to their exit, cut at every distinct day strictly inside
 * where an exposure switches on, exposed on a row when the exposure's first day is at or before the row's start.
 * Exposures' days tie with each other, fall on the entry or the exit, before or after the follow-up, or never come.
 */
class CountingProcessTest {

	@Test
	void theRowsAreTheDefinitionsForEveryFilter() {
		Random random = new Random(23);
		int n = 3_000;
		int k = 7;
		double[] followUp = new double[n];
		boolean[] churned = new boolean[n];
		int[] segment = new int[n];
		int[] since = new int[n];
		long[] ids = new long[n];
		double[][] first = new double[k][n];
		for (int i = 0; i < n; i++) {
			since[i] = 19_000 + random.nextInt(700);
			followUp[i] = 1 + random.nextInt(600);
			churned[i] = random.nextInt(3) == 0;
			segment[i] = random.nextInt(3);
			ids[i] = i + 1;
			for (int e = 0; e < k; e++) {
				int kind = random.nextInt(10);
				// never, a whole day (ties), a moment of a day, the first day, after the exit
				first[e][i] = kind < 4 ? Double.NaN : kind < 6 ? random.nextInt(40) : kind < 8 ? random.nextDouble() * followUp[i]
						: kind < 9 ? 0 : followUp[i] + random.nextInt(5);
			}
		}
		CustomerTable table = new CustomerTable(n, followUp, churned, segment, since, first, ids);
		int[] columns = { 6, 0, 2, 3, 5 };
		List<String> terms = List.of("A", "B", "C", "D", "E");
		List<ContactFilter> filters = List.of(ContactFilter.NONE,
				new ContactFilter(LocalDate.ofEpochDay(19_300), LocalDate.ofEpochDay(19_480), null, null, null, null, null),
				new ContactFilter(null, null, null, null, null, null, Segment.values()[1]));
		for (ContactFilter filter : filters) {
			FollowUp follow = filter.followUp(table);
			CoxData rows = CountingProcess.of(table, columns, terms, follow);
			assertThat(rowsOf(rows, columns.length)).as("%s", filter).containsExactlyElementsOf(definition(table, columns, follow));
		}
	}

	/** Each row as start, stop, event (1 or 0), stratum, then the exposures in column order. */
	private static List<List<Double>> definition(CustomerTable table, int[] columns, FollowUp follow) {
		List<List<Double>> rows = new ArrayList<>();
		for (int i = 0; i < table.size(); i++) {
			if (!follow.includes(i)) {
				continue;
			}
			TreeSet<Double> cuts = new TreeSet<>();
			for (int column : columns) {
				double day = table.firstDay()[column][i];
				if (day > follow.entry()[i] && day < follow.exit()[i]) {
					cuts.add(day);
				}
			}
			cuts.add(follow.exit()[i]);
			double from = follow.entry()[i];
			for (double to : cuts) {
				List<Double> row = new ArrayList<>(List.of(from, to, to == follow.exit()[i] && follow.churned()[i] ? 1.0 : 0.0,
						(double) table.segment()[i]));
				for (int column : columns) {
					row.add(table.firstDay()[column][i] <= from ? 1.0 : 0.0);
				}
				rows.add(row);
				from = to;
			}
		}
		return rows;
	}

	private static List<List<Double>> rowsOf(CoxData data, int terms) {
		List<List<Double>> rows = new ArrayList<>();
		for (int r = 0; r < data.stop().length; r++) {
			List<Double> row = new ArrayList<>(List.of(data.start()[r], data.stop()[r], data.event()[r] ? 1.0 : 0.0,
					(double) data.stratum()[r]));
			for (int c = 0; c < terms; c++) {
				row.add(data.covariates()[c][r]);
			}
			rows.add(row);
		}
		return rows;
	}
}
