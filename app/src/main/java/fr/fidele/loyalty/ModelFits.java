package fr.fidele.loyalty;

import fr.fidele.stats.survival.CoxData;
import fr.fidele.stats.survival.CoxModel;
import fr.fidele.stats.survival.CoxResult;
import fr.fidele.stats.survival.Ties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where the loyalty models are fitted: on the Spark cluster of {@code fidele.loyalty.cluster} when one is configured,
 * in process otherwise (Efron ties, without the concordance no figure shows). A cluster that cannot answer — not
 * started, gone, too slow — costs a warning, not the figures: the model is fitted in process, with the same result.
 */
@Component
class ModelFits implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ModelFits.class);
	private static final String METER = "fidele.loyalty.model.fits";

	private final SparkFits cluster;
	private final Counter onCluster;
	private final Counter inProcess;
	private final Counter fellBack;

	ModelFits(LoyaltyProperties properties, MeterRegistry meters) {
		this.cluster = properties.cluster().configured() ? new SparkFits(properties.cluster()) : null;
		this.onCluster = counter(meters, "cluster");
		this.inProcess = counter(meters, "process");
		this.fellBack = Counter.builder(METER + ".fallbacks").description("Models the cluster could not fit, fitted in process")
			.register(meters);
	}

	CoxResult fit(CoxData data) {
		if (cluster != null) {
			try {
				CoxResult result = cluster.fit(data);
				onCluster.increment();
				return result;
			}
			catch (SparkFits.UnavailableException e) {
				fellBack.increment();
				log.warn("Loyalty: the Spark cluster could not fit a model, fitted in process instead: {}", e.getMessage());
			}
		}
		CoxResult result = CoxModel.fitWithoutConcordance(data, Ties.EFRON);
		inProcess.increment();
		return result;
	}

	/**
	 * Stops the fit service, if it runs, for the recomputation's job to have the cluster's cores: on a standalone
	 * master an application takes every core it is offered. The next fit starts it again.
	 */
	void stopFitService() {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Override
	public void destroy() {
		if (cluster != null) {
			cluster.close();
		}
	}

	private static Counter counter(MeterRegistry meters, String where) {
		return Counter.builder(METER).tag("where", where).description("Loyalty models fitted, by where they were fitted")
			.register(meters);
	}
}
