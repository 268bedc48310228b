package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.EverExposed;
import fr.fidele.casefile.Exposure;
import fr.fidele.casefile.ExposureCounts;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.LandmarkRows;
import fr.fidele.casefile.LoyaltyModel;
import fr.fidele.stats.survival.ConfidenceType;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.KaplanMeier;
import fr.fidele.stats.survival.ModelFitException;
import fr.fidele.stats.survival.SurvivalCurve;
import org.springframework.stereotype.Service;

/**
 * Retention of customers who went through the service against those who did not, estimated
 * without immortal-time bias (see {@link RetentionReport}). Computed on demand and kept until
 * {@link #recompute} is asked for.
 */
@Service
public class ServiceRetention {

	/** Tenure day at which the landmark curves split customers by whether they had contacted the service. */
	static final int LANDMARK_DAYS = LandmarkRows.DAYS;
	private static final double LEVEL = 0.95;

	private final LoyaltyDataReader reader;
	private final CoxEffects cox;
	private final Clock clock;
	private final AtomicReference<RetentionReport> latest = new AtomicReference<>();
	private final FilterMemo<ContactFilter, RetentionReport> byFilter = new FilterMemo<>();

	ServiceRetention(LoyaltyDataReader reader, CoxEffects cox, Clock clock) {
		this.cox = cox;
		this.reader = reader;
		this.clock = clock;
	}

	public RetentionReport report() {
		RetentionReport report = latest.get();
		return report != null ? report : recompute((LocalDate) null);
	}

	/** The report over the customers and period of {@code filter} (its other parts do not apply to customers). */
	public RetentionReport report(ContactFilter filter) {
		ContactFilter part = filter.modelPart();
		return part.isNone() ? report() : byFilter.get(part, f -> compute(reader.latest(), f));
	}

	/**
	 * Starts the report of {@code filter} on a thread of its own, for a page that computes other figures before it
	 * asks for this one: both on the machine's cores at once. A failure is reported to whoever asks for the report.
	 */
	public void prepare(ContactFilter filter) {
		if (!filter.modelPart().isNone()) {
			BackgroundWork.start("loyalty-retention-filter", () -> report(filter));
		}
	}

	/** Computes the report again on the case file as it is, following customers up to {@code asOf} (null: today). */
	public RetentionReport recompute(LocalDate asOf) {
		return recompute(reader.read(asOf));
	}

	synchronized RetentionReport recompute(LoyaltyData data) {
		return adopt(compute(data, ContactFilter.NONE));
	}

	/** Shows {@code report} from now on, one computed elsewhere (the Spark job) too: filtered ones are computed again. */
	synchronized RetentionReport adopt(RetentionReport report) {
		latest.set(report);
		byFilter.clear();
		return report;
	}

	/** The models are independent: they are fitted side by side on the machine's cores. */
	private RetentionReport compute(LoyaltyData data, ContactFilter filter) {
		CustomerTable table = data.table();
		FollowUp followUp = filter.followUp(table);
		int churned = followUp.departures();
		if (churned == 0) {
			return RetentionReport.withoutDepartures(followUp.customers(), clock.instant());
		}
		int contacted = data.column(Exposure.CONTACTED);
		List<Supplier<List<Effect>>> models = new ArrayList<>();
		for (LoyaltyModel model : LoyaltyModel.retention(data.exposures())) {
			if (model.segment() == null || filter.segment() == null || filter.segment() == model.segment()) {
				models.add(() -> cox.fit(table, model.columns(), model.terms(), model.followUp(table, followUp)));
			}
		}
		int segments = models.size() - 3;
		models.add(() -> naive(table, followUp, contacted).map(List::of).orElse(List.of()));
		List<List<Effect>> fitted = BackgroundWork.all("loyalty-retention-fit", models);
		List<Effect> bySegment = fitted.subList(3, 3 + segments).stream().flatMap(List::stream).toList();
		List<Effect> naive = fitted.get(3 + segments);
		return new RetentionReport(fitted.get(0).isEmpty() ? null : fitted.get(0).get(0),
				naive.isEmpty() ? null : naive.get(0), fitted.get(1), fitted.get(2), bySegment,
				landmark(table, followUp, contacted), followUp.customers(), churned, clock.instant(), null);
	}

	/** Contact as if it had been there from the start: the biased comparison the report warns against. */
	private Optional<Effect> naive(CustomerTable table, FollowUp followUp, int contacted) {
		ExposureCounts counts = ExposureCounts.of(table, new int[] { contacted }, followUp);
		try {
			CoxResult fit = cox.fitted(EverExposed.rows(table, followUp, contacted, EverExposed.EVER_CONTACTED));
			return Optional.of(Effect.of(fit, 0, counts.exposed()[0], counts.exposedChurned()[0]));
		}
		catch (ModelFitException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** The customers followed on the landmark day of their tenure, from that day on. */
	private static RetentionReport.Landmark landmark(CustomerTable table, FollowUp followUp, int contacted) {
		List<SurvivalCurve> curves = KaplanMeier.fit(LandmarkRows.of(table, followUp, contacted).data(), ConfidenceType.LOG, LEVEL);
		if (curves.size() < 2) {
			return null;
		}
		return new RetentionReport.Landmark(LANDMARK_DAYS, SurvivalPoints.of(LandmarkRows.GROUPS.get(0), curves.get(0)),
				SurvivalPoints.of(LandmarkRows.GROUPS.get(1), curves.get(1)));
	}
}
