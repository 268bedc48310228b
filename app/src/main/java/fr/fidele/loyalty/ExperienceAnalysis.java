package fr.fidele.loyalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.ModelFitException;
import fr.fidele.stats.survival.Ties;
import org.springframework.stereotype.Service;

/**
 * Which experiences lose customers: a Cox model of churn with every {@link Experience} as a
 * time-varying covariate, stratified by segment (each segment keeps its own baseline churn), Efron
 * ties. The model is computed on demand and kept until {@link #recompute} is asked for.
 */
@Service
public class ExperienceAnalysis {

	private static final double LEVEL = 0.95;

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
	public ExperienceModel recompute(LocalDate asOf) {
		CustomerExperiences.Table table = experiences.read(asOf != null ? asOf : LocalDate.now(clock));
		int churned = 0;
		for (boolean c : table.churned()) {
			churned += c ? 1 : 0;
		}
		if (churned == 0) {
			return keep(new ExperienceModel(List.of(), table.size(), 0, 0, clock.instant(), "no customer has churned yet"));
		}
		CoxData data = CountingProcess.of(table);
		CoxResult fit;
		try {
			fit = CoxModel.fit(data, Ties.EFRON);
		}
		catch (ModelFitException e) {
			return keep(new ExperienceModel(List.of(), table.size(), churned, data.size(), clock.instant(), e.getMessage()));
		}
		List<ExperienceEffect> effects = new ArrayList<>();
		Experience[] all = Experience.values();
		for (int e = 0; e < all.length; e++) {
			int exposed = 0;
			for (int i = 0; i < table.size(); i++) {
				double day = table.firstDay()[e][i];
				exposed += day < table.followUpDays()[i] ? 1 : 0;
			}
			effects.add(new ExperienceEffect(all[e], fit.hazardRatio(e), fit.hazardRatioLower(e, LEVEL),
					fit.hazardRatioUpper(e, LEVEL), fit.pValue(e), exposed));
		}
		return keep(new ExperienceModel(List.copyOf(effects), table.size(), churned, data.size(), clock.instant(), null));
	}

	private ExperienceModel keep(ExperienceModel model) {
		latest.set(model);
		return model;
	}
}
