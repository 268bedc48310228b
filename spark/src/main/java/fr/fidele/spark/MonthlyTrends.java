package fr.fidele.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import fr.fidele.casefile.ContactTally;
import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.JobExchange;
import fr.fidele.casefile.TallyCounts;
import fr.fidele.stats.exchange.WholeFiles;
import org.apache.spark.api.java.JavaRDD;

/**
 * The whole service's trends, month by month, as the application's {@code ServiceTrends} shows them: each month's
 * contacts from the tally of every contact, and the customers present on its first day and those of them who left
 * during it, counted on every range's customers and added up. One line per month, from the first month of a contact
 * (or the first the application shows by default, if earlier) to the analysis date's, in {@value JobExchange#TRENDS}.
 */
final class MonthlyTrends {

    private static final String HEADER = "month\tcontacts\trequestsOpened\tresolvedAtOnce\toffered\tabandoned\tansweredCalls"
            + "\thungUp\tcustomersAtStart\tdepartures\n";

    private MonthlyTrends() {
    }

    static void write(Path out, TallyCounts counted, JavaRDD<CustomerTable> tables, LocalDate asOf) throws IOException {
        YearMonth last = YearMonth.from(asOf);
        // the months the application shows by default, even those before the first contact (its customers were there)
        YearMonth shown = last.minusMonths(ContactTally.TREND_MONTHS - 1L);
        YearMonth first = counted.months().isEmpty() ? shown : Collections.min(counted.months().keySet());
        first = first.isBefore(shown) ? first : shown;
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        long[] customers = tables.map(table -> {
            long[] presentAndLeft = new long[2 * months.size()];
            for (int m = 0; m < months.size(); m++) {
                System.arraycopy(table.presentAndLeft(null, months.get(m)), 0, presentAndLeft, 2 * m, 2);
            }
            return presentAndLeft;
        }).reduce(MonthlyTrends::sum);
        WholeFiles.write(out.resolve(JobExchange.TRENDS), stream -> {
            Writer file = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            file.write(HEADER);
            for (int m = 0; m < months.size(); m++) {
                StringBuilder line = new StringBuilder(months.get(m).toString());
                for (long count : counted.months().getOrDefault(months.get(m), new long[7])) {
                    line.append('\t').append(count);
                }
                file.write(line.append('\t').append(customers[2 * m]).append('\t').append(customers[2 * m + 1]).append('\n').toString());
            }
            file.flush();
        });
    }

    /** The sums of {@code a} and {@code b}, element by element. */
    static long[] sum(long[] a, long[] b) {
        long[] sum = a.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += b[i];
        }
        return sum;
    }
}
