package fr.fidele.loyalty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import fr.fidele.casefile.Channel;
import fr.fidele.casefile.FigureThresholds;
import fr.fidele.casefile.JobExchange;
import fr.fidele.casefile.LandmarkRows;
import fr.fidele.casefile.LoyaltyModel;
import fr.fidele.casefile.TallyCounts;
import fr.fidele.casefile.TallyFile;
import fr.fidele.stats.exchange.CoxReply;
import fr.fidele.stats.exchange.WholeFiles;
import fr.fidele.stats.measures.Proportion;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.FitElsewhereException;

/**
 * What the Spark module's job ({@code fr.fidele.spark.LoyaltyModelsJob}) wrote in its directory, read back as the
 * figures the application shows: each model's counts ({@code ID.counts}) and fit ({@code ID.reply}, every double to
 * the bit), the landmark curves, the dashboards' counts, the trends, the value at stake's customers, the service
 * measures (by channel too) and the customers' recent contacts. The models are
 * those of {@link LoyaltyModel}, so their ids say where each one goes in the application's figures.
 */
final class JobOutputs {

	private final Path directory;

	JobOutputs(Path directory) {
		this.directory = directory;
	}

	/** The experience model as {@link ExperienceAnalysis} shows it. */
	ExperienceModel experienceModel(Instant computedAt) {
		String id = LoyaltyModel.EXPERIENCES;
		Properties counts = counts(id);
		int churned = count(counts, JobExchange.DEPARTURES);
		return ExperienceModel.of(churned == 0 ? List.of() : effects(id, counts), count(counts, JobExchange.CUSTOMERS), churned,
				computedAt);
	}

	/** The retention report of the models {@code retention} (those of {@link LoyaltyModel#retention}, in their order). */
	RetentionReport retentionReport(List<LoyaltyModel> retention, Instant computedAt) {
		Properties overall = counts(retention.get(0).id());
		int customers = count(overall, JobExchange.CUSTOMERS);
		int churned = count(overall, JobExchange.DEPARTURES);
		if (churned == 0) {
			return RetentionReport.withoutDepartures(customers, computedAt);
		}
		List<List<Effect>> fitted = retention.stream().map(model -> effects(model.id(), counts(model.id()))).toList();
		List<Effect> bySegment = fitted.subList(3, fitted.size()).stream().flatMap(List::stream).toList();
		List<Effect> naiveEffect = effects(LoyaltyModel.NAIVE, counts(LoyaltyModel.NAIVE));
		return new RetentionReport(fitted.get(0).isEmpty() ? null : fitted.get(0).get(0),
				naiveEffect.isEmpty() ? null : naiveEffect.get(0), fitted.get(1), fitted.get(2), bySegment, landmark(), customers,
				churned, computedAt, null);
	}

	/** The dashboards' counts of every contact. */
	TallyCounts tally() {
		return read(() -> TallyFile.read(directory.resolve(JobExchange.TALLY)));
	}

	/** The whole service's months from {@code first} to {@code last}: those without contacts or customers are zeros. */
	List<ServiceTrends.Month> trends(YearMonth first, YearMonth last) {
		Map<YearMonth, long[]> written = new HashMap<>();
		List<String> lines = lines(JobExchange.TRENDS);
		// after the header, a month a line: its contacts' seven counters, then its customers present and departed
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split("\t");
			long[] values = new long[fields.length - 1];
			for (int i = 1; i < fields.length; i++) {
				values[i - 1] = Long.parseLong(fields[i]);
			}
			written.put(YearMonth.parse(fields[0]), values);
		}
		List<ServiceTrends.Month> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			long[] v = written.getOrDefault(month, new long[9]);
			months.add(new ServiceTrends.Month(month, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
		}
		return months;
	}

	/** The value at stake's unhappy and happy customers. */
	long[] valueAtStakeCustomers() {
		Properties counts = properties(JobExchange.VALUE_AT_STAKE);
		return new long[] { Long.parseLong(counts.getProperty(JobExchange.UNHAPPY)),
				Long.parseLong(counts.getProperty(JobExchange.HAPPY)) };
	}

	/** The whole service's measures, with the settings the job counted them with. */
	ServiceReport serviceReport(Instant computedAt) {
		Properties measures = properties(JobExchange.SERVICE);
		MeasureSettings settings = MeasureSettings.of(FigureThresholds.parse(measures.getProperty(JobExchange.THRESHOLDS)));
		long[] repeats = longs(measures, JobExchange.REPEATS);
		long answered = longs(measures, JobExchange.ANSWERED)[0];
		double waits = Double.parseDouble(measures.getProperty(JobExchange.WAIT_TOTAL));
		double handled = Double.parseDouble(measures.getProperty(JobExchange.HANDLE_TOTAL));
		return new ServiceReport(ContactFilter.NONE, settings, longs(measures, JobExchange.CONTACTS)[0],
				proportion(measures, JobExchange.FIRST_CONTACT_RESOLUTION), new Proportion(repeats[0], repeats[3]),
				new Proportion(repeats[1], repeats[3]), new Proportion(repeats[2], repeats[3]),
				longs(measures, JobExchange.OFFERED)[0], answered, proportion(measures, JobExchange.ABANDONMENT),
				proportion(measures, JobExchange.SERVICE_LEVEL), answered == 0 ? null : waits / answered,
				answered == 0 ? null : handled / answered, computedAt);
	}

	/** Every channel's figures, in the channels' order. */
	List<ChannelMeasures.ChannelFigures> channelFigures() {
		List<String> lines = lines(JobExchange.CHANNELS);
		List<ChannelMeasures.ChannelFigures> figures = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split("\t", -1);
			figures.add(new ChannelMeasures.ChannelFigures(Channel.valueOf(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
					orNull(f[3]), orNull(f[4]), new Proportion(Long.parseLong(f[6]), Long.parseLong(f[5])), Long.parseLong(f[7]),
					orNull(f[8])));
		}
		return figures;
	}

	/** Each customer's contacts of the recent days before {@code asOf}, with the number of days the job counted. */
	ValueAtStakeAnalysis.RecentContacts recentContacts(LocalDate asOf) {
		List<String> lines = lines(JobExchange.RECENT_CONTACTS);
		String[] header = lines.get(0).split("\t");
		if (!JobExchange.RECENT_DAYS.equals(header[0])) {
			throw new IllegalStateException("the Spark job's recent contacts begin with " + lines.get(0));
		}
		long[] ids = new long[lines.size() - 1];
		int[] counts = new int[ids.length];
		for (int i = 0; i < ids.length; i++) {
			String line = lines.get(i + 1);
			int tab = line.indexOf('\t');
			ids[i] = Long.parseLong(line, 0, tab, 10);
			counts[i] = Integer.parseInt(line, tab + 1, line.length(), 10);
		}
		return new ValueAtStakeAnalysis.RecentContacts(asOf, Integer.parseInt(header[1]), new CustomerContacts(ids, counts));
	}

	private static long[] longs(Properties properties, String key) {
		String[] words = properties.getProperty(key).split(" ");
		long[] values = new long[words.length];
		for (int i = 0; i < words.length; i++) {
			values[i] = Long.parseLong(words[i]);
		}
		return values;
	}

	private static Proportion proportion(Properties properties, String key) {
		long[] parts = longs(properties, key);
		return new Proportion(parts[0], parts[1]);
	}

	private static Double orNull(String field) {
		return field.isEmpty() ? null : Double.valueOf(field);
	}

	/** The landmark curves, drawn as the application draws its own; none without both groups. */
	private RetentionReport.Landmark landmark() {
		Map<String, Curve> curves = new HashMap<>();
		for (String line : lines(JobExchange.LANDMARK)) {
			String[] f = line.split("\t");
			Curve curve = curves.computeIfAbsent(f[1], group -> new Curve());
			if ("curve".equals(f[0])) {
				curve.customers = Integer.parseInt(f[2]);
				curve.churned = Integer.parseInt(f[3]);
			}
			else {
				for (int k = 0; k < 4; k++) {
					curve.values.get(k).add(Double.parseDouble(f[k + 2]));
				}
			}
		}
		List<String> groups = LandmarkRows.GROUPS;
		if (!curves.containsKey(groups.get(0)) || !curves.containsKey(groups.get(1))) {
			return null;
		}
		return new RetentionReport.Landmark(LandmarkRows.DAYS, curves.get(groups.get(0)).points(groups.get(0)),
				curves.get(groups.get(1)).points(groups.get(1)));
	}

	/** The effects of model {@code id}: its fit and its terms' counts; none when the fit was refused. */
	private List<Effect> effects(String id, Properties counts) {
		CoxResult fit;
		try {
			fit = CoxReply.read(directory.resolve(id + CoxReply.SUFFIX));
		}
		catch (FitElsewhereException refused) {
			return List.of();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		List<Effect> effects = new ArrayList<>();
		for (int c = 0; c < fit.terms().size(); c++) {
			String term = fit.terms().get(c);
			effects.add(Effect.of(fit, c, count(counts, JobExchange.EXPOSED + term),
					count(counts, JobExchange.EXPOSED_CHURNED + term)));
		}
		return effects;
	}

	private Properties counts(String id) {
		return properties(id + JobExchange.COUNTS);
	}

	private Properties properties(String file) {
		return read(() -> WholeFiles.read(directory.resolve(file)));
	}

	private List<String> lines(String file) {
		return read(() -> Files.readAllLines(directory.resolve(file)));
	}

	private static int count(Properties counts, String key) {
		return Integer.parseInt(counts.getProperty(key));
	}

	private static <T> T read(Reading<T> reading) {
		try {
			return reading.read();
		}
		catch (IOException e) {
			throw new UncheckedIOException("the Spark job's output could not be read", e);
		}
	}

	private interface Reading<T> {

		T read() throws IOException;
	}

	/** A landmark curve's points as the job wrote them, in order. */
	private static final class Curve {

		private final List<List<Double>> values = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>());
		private int customers;
		private int churned;

		SurvivalPoints points(String group) {
			return SurvivalPoints.of(group, customers, churned, array(0), array(1), array(2), array(3));
		}

		private double[] array(int k) {
			return values.get(k).stream().mapToDouble(Double::doubleValue).toArray();
		}
	}
}
