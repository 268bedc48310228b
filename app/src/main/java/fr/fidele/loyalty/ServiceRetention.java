package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import fr.fidele.contacts.Channel;
import fr.fidele.customers.Segment;
import fr.fidele.stats.survival.ConfidenceType;
import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.KaplanMeier;
import fr.fidele.stats.survival.ModelFitException;
import fr.fidele.stats.survival.SurvivalCurve;
import fr.fidele.stats.survival.SurvivalData;
import fr.fidele.stats.survival.Ties;
import org.springframework.stereotype.Service;

/**
 * Retention of customers who went through the service against those who did not, estimated
 * without immortal-time bias (see {@link RetentionReport}). Computed on demand and kept until
 * {@link #recompute} is asked for.
 */
@Service
public class ServiceRetention {

	/** Tenure day at which the landmark curves split customers by whether they had contacted the service. */
	static final int LANDMARK_DAYS = 90;
	private static final double LEVEL = 0.95;

	private final LoyaltyDataReader reader;
	private final Clock clock;
	private final AtomicReference<RetentionReport> latest = new AtomicReference<>();

	ServiceRetention(LoyaltyDataReader reader, Clock clock) {
		this.reader = reader;
		this.clock = clock;
	}

	public RetentionReport report() {
		RetentionReport report = latest.get();
		return report != null ? report : recompute((LocalDate) null);
	}

	/** Computes the report again on the case file as it is, following customers up to {@code asOf} (null: today). */
	public RetentionReport recompute(LocalDate asOf) {
		return recompute(reader.read(asOf));
	}

	/** The models are independent: they are fitted side by side on the machine's cores. */
	synchronized RetentionReport recompute(LoyaltyData data) {
		CustomerExperiences.Table table = data.table();
		int churned = table.churnedCount();
		if (churned == 0) {
			return keep(new RetentionReport(null, null, List.of(), List.of(), List.of(), null, table.size(), 0,
					clock.instant(), "no customer has churned yet"));
		}
		List<String> channels = Arrays.stream(Channel.values()).map(Channel::name).toList();
		List<String> codes = data.exposures().stream().map(Exposure::name).filter(n -> n.startsWith("REASON_"))
			.map(n -> n.substring("REASON_".length())).toList();
		List<Supplier<List<Effect>>> models = new ArrayList<>();
		models.add(() -> CoxEffects.fit(table, new int[] { data.column(LoyaltyDataReader.CONTACTED) }, List.of("CONTACTED"), i -> true));
		models.add(() -> CoxEffects.fit(table, data.columns(channels.stream().map(c -> "CHANNEL_" + c).toList()), channels, i -> true));
		models.add(() -> CoxEffects.fit(table, data.columns(codes.stream().map(c -> "REASON_" + c).toList()), codes, i -> true));
		for (Segment segment : Segment.values()) {
			models.add(() -> CoxEffects.fit(table, new int[] { data.column(LoyaltyDataReader.CONTACTED) },
					List.of(segment.name()), i -> table.segment()[i] == segment.ordinal()));
		}
		models.add(() -> naive(table, data.column(LoyaltyDataReader.CONTACTED)).map(List::of).orElse(List.of()));
		List<List<Effect>> fitted = models.parallelStream().map(Supplier::get).toList();
		List<Effect> bySegment = fitted.subList(3, 3 + Segment.values().length).stream().flatMap(List::stream).toList();
		List<Effect> naive = fitted.get(3 + Segment.values().length);
		return keep(new RetentionReport(fitted.get(0).isEmpty() ? null : fitted.get(0).get(0),
				naive.isEmpty() ? null : naive.get(0), fitted.get(1), fitted.get(2), bySegment,
				landmark(table, data.column(LoyaltyDataReader.CONTACTED)), table.size(), churned, clock.instant(), null));
	}

	/** Contact as if it had been there from the start: the biased comparison the report warns against. */
	private static Optional<Effect> naive(CustomerExperiences.Table table, int contacted) {
		int n = table.size();
		double[] ever = new double[n];
		int exposed = 0;
		int exposedChurned = 0;
		for (int i = 0; i < n; i++) {
			ever[i] = table.firstDay()[contacted][i] < table.followUpDays()[i] ? 1 : 0;
			exposed += (int) ever[i];
			exposedChurned += ever[i] == 1 && table.churned()[i] ? 1 : 0;
		}
		try {
			CoxResult fit = CoxModel.fit(new CoxData(null, table.followUpDays(), table.churned(), table.segment(), 3,
					new double[][] { ever }, List.of("EVER_CONTACTED")), Ties.EFRON);
			return Optional.of(new Effect("EVER_CONTACTED", fit.hazardRatio(0), fit.hazardRatioLower(0, LEVEL),
					fit.hazardRatioUpper(0, LEVEL), fit.pValue(0), exposed, exposedChurned));
		}
		catch (ModelFitException e) {
			return Optional.empty();
		}
	}

	private static RetentionReport.Landmark landmark(CustomerExperiences.Table table, int contacted) {
		int atRisk = 0;
		for (int i = 0; i < table.size(); i++) {
			atRisk += table.followUpDays()[i] > LANDMARK_DAYS ? 1 : 0;
		}
		double[] time = new double[atRisk];
		boolean[] event = new boolean[atRisk];
		int[] group = new int[atRisk];
		int r = 0;
		for (int i = 0; i < table.size(); i++) {
			if (table.followUpDays()[i] > LANDMARK_DAYS) {
				time[r] = table.followUpDays()[i] - LANDMARK_DAYS;
				event[r] = table.churned()[i];
				group[r] = table.firstDay()[contacted][i] <= LANDMARK_DAYS ? 0 : 1;
				r++;
			}
		}
		List<SurvivalCurve> curves = KaplanMeier.fit(new SurvivalData(time, event, group, List.of("contacted", "notContacted")),
				ConfidenceType.LOG, LEVEL);
		if (curves.size() < 2) {
			return null;
		}
		return new RetentionReport.Landmark(LANDMARK_DAYS, SurvivalPoints.of("contacted", curves.get(0)),
				SurvivalPoints.of("notContacted", curves.get(1)));
	}

	private RetentionReport keep(RetentionReport report) {
		latest.set(report);
		return report;
	}
}
