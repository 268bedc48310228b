package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

/**
 * Which experiences lose customers: a Cox model of churn with every {@link Experience} as a
 * time-varying covariate, stratified by segment (each segment keeps its own baseline churn), Efron
 * ties. The model is computed on demand and kept until {@link #recompute} is asked for.
 */
@Service
public class ExperienceAnalysis {

	private static final List<Exposure> EXPOSURES = Arrays.stream(Experience.values()).map(Exposure::of).toList();

	private final CustomerExperiences experiences;
	private final Clock clock;
	private final AtomicReference<ExperienceModel> latest = new AtomicReference<>();

	ExperienceAnalysis(CustomerExperiences experiences, Clock clock) {
		this.experiences = experiences;
		this.clock = clock;
	}

	public ExperienceModel model() {
		ExperienceModel model = latest.get();
		return model != null ? model : recompute(null);
	}

	/** Fits the model again on the case file as it is, following customers up to {@code asOf} (null: today). */
	public synchronized ExperienceModel recompute(LocalDate asOf) {
		CustomerExperiences.Table table = experiences.read(asOf != null ? asOf : LocalDate.now(clock), EXPOSURES);
		int churned = table.churnedCount();
		String unavailable = null;
		List<Effect> effects = List.of();
		if (churned == 0) {
			unavailable = "no customer has churned yet";
		}
		else {
			int[] columns = IntStream.range(0, EXPOSURES.size()).toArray();
			effects = CoxEffects.fit(table, columns, EXPOSURES.stream().map(Exposure::name).toList(), i -> true);
			unavailable = effects.isEmpty() ? "too few customers went through some experiences to estimate their effect" : null;
		}
		ExperienceModel model = new ExperienceModel(effects, table.size(), churned, clock.instant(), unavailable);
		latest.set(model);
		return model;
	}
}
