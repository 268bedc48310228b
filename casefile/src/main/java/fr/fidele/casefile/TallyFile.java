package fr.fidele.casefile;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.casefile.TallyCounts.AdvisorCell;
import fr.fidele.casefile.TallyCounts.QueueCount;
import fr.fidele.stats.exchange.WholeFiles;

/**
 * {@link TallyCounts} as a text file, for a job that counted them to hand them to the application: one line per
 * advisor and cell, per queue and per month, fields separated by tabs, a queue's name last and URL-encoded. Written
 * whole ({@link WholeFiles}): a reader never sees half of it.
 */
public final class TallyFile {

	private static final String ADVISOR = "advisor";
	private static final String QUEUE = "queue";
	private static final String MONTH = "month";

	private TallyFile() {
	}

	public static void write(Path file, TallyCounts counts) throws IOException {
		WholeFiles.write(file, stream -> {
			Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			out.write("# the dashboards' counts (ContactTally): advisor cell contacts churned calls...; queue offered abandoned"
					+ " calls... name; month counters...\n");
			for (AdvisorCell c : counts.advisors()) {
				line(out, ADVISOR, c.advisor(), c.cell(), c.contacts(), c.churned(), calls(c.calls()));
			}
			for (QueueCount q : counts.queues()) {
				line(out, QUEUE, q.offered(), q.abandoned(), calls(q.calls()), URLEncoder.encode(q.queue(), StandardCharsets.UTF_8));
			}
			for (Map.Entry<YearMonth, long[]> month : counts.months().entrySet()) {
				line(out, MONTH, month.getKey(), Arrays.stream(month.getValue()).mapToObj(Long::toString).toArray());
			}
			out.flush();
		});
	}

	public static TallyCounts read(Path file) throws IOException {
		List<AdvisorCell> advisors = new ArrayList<>();
		List<QueueCount> queues = new ArrayList<>();
		Map<YearMonth, long[]> months = new HashMap<>();
		try (BufferedReader in = Files.newBufferedReader(file)) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String[] f = line.split("\t", -1);
				switch (f[0]) {
					case ADVISOR -> advisors.add(new AdvisorCell(Long.parseLong(f[1]), Integer.parseInt(f[2]), calls(f, 5),
							Long.parseLong(f[3]), Long.parseLong(f[4])));
					case QUEUE -> queues.add(new QueueCount(URLDecoder.decode(f[7], StandardCharsets.UTF_8), Long.parseLong(f[1]),
							Long.parseLong(f[2]), calls(f, 3)));
					case MONTH -> months.put(YearMonth.parse(f[1]),
							Arrays.stream(f, 2, f.length).mapToLong(Long::parseLong).toArray());
					default -> {
						if (!line.startsWith("#")) {
							throw new IOException(file + ": not a line of counts: " + line);
						}
					}
				}
			}
		}
		return new TallyCounts(advisors, queues, Map.copyOf(months));
	}

	private static Object[] calls(CallCounts calls) {
		return new Object[] { calls.answered(), calls.endedByAdvisor(), calls.veryShort(), calls.hungUp() };
	}

	private static CallCounts calls(String[] fields, int from) {
		return new CallCounts(Long.parseLong(fields[from]), Long.parseLong(fields[from + 1]), Long.parseLong(fields[from + 2]),
				Long.parseLong(fields[from + 3]));
	}

	/** The fields in order, arrays among them spread out. */
	private static void line(Writer out, Object... fields) throws IOException {
		StringBuilder line = new StringBuilder();
		for (Object field : fields) {
			for (Object value : field instanceof Object[] values ? values : new Object[] { field }) {
				line.append(line.isEmpty() ? "" : "\t").append(value);
			}
		}
		out.write(line.append('\n').toString());
	}
}
