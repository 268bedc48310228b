package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.casefile.CountingProcess;
import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.ExposureCounts;
import fr.fidele.casefile.FollowUp;
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

	private final ModelFits fits;

	CoxEffects(ModelFits fits) {
		this.fits = fits;
	}

	/** The model of {@code data}, fitted where {@link ModelFits} says: a refusal is a {@link ModelFitException}. */
	CoxResult fitted(CoxData data) {
		return fits.fit(data);
	}

	/** The effects in column order, or empty when the data cannot carry the model (no churn, separation...). */
	List<Effect> fit(CustomerTable table, int[] columns, List<String> terms, FollowUp followUp) {
		CoxResult fit;
		try {
			// no column at all (nothing estimable yet) is refused by the data as well as by the fit
			CoxData data = CountingProcess.of(table, columns, terms, followUp);
			fit = fits.fit(data);
		}
		catch (ModelFitException | IllegalArgumentException e) {
			return List.of();
		}
		// the customers who had each exposure within their follow-up, and those of them who left: one pass for all
		ExposureCounts counts = ExposureCounts.of(table, columns, followUp);
		List<Effect> effects = new ArrayList<>();
		for (int c = 0; c < columns.length; c++) {
			effects.add(Effect.of(fit, c, counts.exposed()[c], counts.exposedChurned()[c]));
		}
		return effects;
	}
}
