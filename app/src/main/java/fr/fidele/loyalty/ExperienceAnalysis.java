package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.casefile.Experience;

import org.springframework.stereotype.Service;

/**
 * Which experiences lose customers: a Cox model of churn with every {@link Experience} as a
 * time-varying covariate, stratified by segment (each segment keeps its own baseline churn), Efron
 * ties. The model is computed on demand and kept until it is computed again.
 */
@Service
public class ExperienceAnalysis {

	private static final List<String> TERMS = Arrays.stream(Experience.values()).map(Enum::name).toList();

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
		ExperienceModel model = fit(data, ContactFilter.NONE);
		latest.set(model);
		byFilter.clear();
		return model;
	}

	private ExperienceModel fit(LoyaltyData data, ContactFilter filter) {
		FollowUp followUp = FollowUp.of(data.table(), filter);
		int churned = followUp.departures();
		String unavailable = null;
		List<Effect> effects = List.of();
		if (churned == 0) {
			unavailable = "no customer has churned yet";
		}
		else {
			List<String> terms = TERMS.stream().filter(term -> estimable(data.table(), data.columns(List.of(term))[0], followUp)).toList();
			effects = cox.fit(data.table(), data.columns(terms), terms, followUp);
			unavailable = effects.isEmpty() ? "too few customers went through some experiences to estimate their effect" : null;
		}
		return new ExperienceModel(effects, followUp.customers(), churned, clock.instant(), unavailable);
	}

	/**
	 * Whether an experience can be estimated: some customer followed up left after having it. One nobody has had yet
	 * (no survey answered), or that no one who had it has left, has no finite ratio and would make the whole model
	 * impossible to fit: it is left out, and absent from the effects.
	 */
	static boolean estimable(CustomerExperiences.Table table, int column, FollowUp followUp) {
		for (int i = 0; i < table.size(); i++) {
			if (followUp.includes(i) && followUp.churned()[i] && table.firstDay()[column][i] < followUp.exit()[i]) {
				return true;
			}
		}
		return false;
	}
}
