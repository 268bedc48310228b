package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.Experience;
import fr.fidele.casefile.ExposureCounts;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.LoyaltyModel;
import org.springframework.stereotype.Service;

/**
 * Which experiences lose customers: a Cox model of churn with every {@link Experience} as a
 * time-varying covariate, stratified by segment (each segment keeps its own baseline churn), Efron
 * ties. The model is computed on demand and kept until it is computed again.
 */
@Service
public class ExperienceAnalysis {

	private final LoyaltyDataReader reader;
	private final CoxEffects cox;
	private final Clock clock;
	private final AtomicReference<ExperienceModel> latest = new AtomicReference<>();
	private final FilterMemo<ContactFilter, ExperienceModel> byFilter = new FilterMemo<>();

	ExperienceAnalysis(LoyaltyDataReader reader, CoxEffects cox, Clock clock) {
		this.cox = cox;
		this.reader = reader;
		this.clock = clock;
	}

	public ExperienceModel model() {
		ExperienceModel model = latest.get();
		return model != null ? model : recompute((LocalDate) null);
	}

	/** The model over the customers and period of {@code filter} (its other parts do not apply to customers). */
	public ExperienceModel model(ContactFilter filter) {
		ContactFilter part = filter.modelPart();
		return part.isNone() ? model() : byFilter.get(part, f -> fit(reader.latest(), f));
	}

	/** Fits the model again on the case file as it is, following customers up to {@code asOf} (null: today). */
	public ExperienceModel recompute(LocalDate asOf) {
		return recompute(reader.read(asOf));
	}

	synchronized ExperienceModel recompute(LoyaltyData data) {
		return adopt(fit(data, ContactFilter.NONE));
	}

	/** Shows {@code model} from now on, one computed elsewhere (the Spark job) too: filtered ones are fitted again. */
	synchronized ExperienceModel adopt(ExperienceModel model) {
		latest.set(model);
		byFilter.clear();
		return model;
	}

	private ExperienceModel fit(LoyaltyData data, ContactFilter filter) {
		FollowUp followUp = filter.followUp(data.table());
		int churned = followUp.departures();
		List<Effect> effects = List.of();
		if (churned > 0) {
			LoyaltyModel model = LoyaltyModel.experiences(data.exposures());
			LoyaltyModel estimable = model.fitted(ExposureCounts.of(data.table(), model.columns(), followUp));
			effects = cox.fit(data.table(), estimable.columns(), estimable.terms(), followUp);
		}
		return ExperienceModel.of(effects, followUp.customers(), churned, clock.instant());
	}

	/** Whether an experience can be estimated ({@link ExposureCounts#estimable}). */
	static boolean estimable(CustomerTable table, int column, FollowUp followUp) {
		return ExposureCounts.of(table, new int[] { column }, followUp).estimable(0);
	}
}
