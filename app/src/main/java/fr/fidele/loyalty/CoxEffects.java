package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.ModelFitException;
import org.springframework.stereotype.Component;

/**
 * Fits a Cox model of churn (Efron ties, strata by segment) with some exposures of a table as
 * time-varying covariates, and reads one {@link Effect} per exposure with its 95% interval. The model is fitted
 * where {@link ModelFits} says: on a Spark cluster when one is configured, in process otherwise.
 */
@Component
class CoxEffects {

	private static final double LEVEL = 0.95;

	private final ModelFits fits;

	CoxEffects(ModelFits fits) {
		this.fits = fits;
	}

	/** The model of {@code data}, fitted where {@link ModelFits} says: a refusal is a {@link ModelFitException}. */
	CoxResult fitted(CoxData data) {
		return fits.fit(data);
	}

	/** The effects in column order, or empty when the data cannot carry the model (no churn, separation...). */
	List<Effect> fit(CustomerExperiences.Table table, int[] columns, List<String> terms, FollowUp followUp) {
		CoxResult fit;
		try {
			// no column at all (nothing estimable yet) is refused by the data as well as by the fit
			CoxData data = CountingProcess.of(table, columns, terms, followUp);
			fit = fits.fit(data);
		}
		catch (ModelFitException | IllegalArgumentException e) {
			return List.of();
		}
		List<Effect> effects = new ArrayList<>();
		for (int c = 0; c < columns.length; c++) {
			int exposed = 0;
			int exposedChurned = 0;
			for (int i = 0; i < table.size(); i++) {
				if (followUp.includes(i) && table.firstDay()[columns[c]][i] < followUp.exit()[i]) {
					exposed++;
					exposedChurned += followUp.churned()[i] ? 1 : 0;
				}
			}
			effects.add(new Effect(terms.get(c), fit.hazardRatio(c), fit.hazardRatioLower(c, LEVEL),
					fit.hazardRatioUpper(c, LEVEL), fit.pValue(c), exposed, exposedChurned));
		}
		return effects;
	}
}
