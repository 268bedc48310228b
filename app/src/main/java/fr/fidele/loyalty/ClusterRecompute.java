package fr.fidele.loyalty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CancellationException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.fidele.casefile.Exposure;
import fr.fidele.casefile.LoyaltyModel;
import fr.fidele.casefile.TallyCounts;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * A recomputation as the Spark module's job (decision 35), when a cluster is configured to read the case file: the
 * job's models, landmark curves, dashboards' counts, trends, service measures (with the company's settings of the
 * moment) and value at stake's customers become the figures the whole service's pages show, as an in-process
 * recomputation's would, until the next recomputation. Filtered pages are still computed by the
 * application, on the case file it reads again after each job. A job that cannot run, fails, takes too long or writes
 * what cannot be read costs a warning and a count in {@code fidele.loyalty.recomputations.fallbacks}: the figures are
 * then computed in process. The fit service of filtered pages is stopped while the job runs, for it to have the
 * cluster's cores.
 */
@Component
class ClusterRecompute implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ClusterRecompute.class);
	private static final String METER = "fidele.loyalty.recomputations";

	private final SparkJob job;
	private final ModelFits fits;
	private final LoyaltyDataReader reader;
	private final ExperienceAnalysis experiences;
	private final ServiceRetention retention;
	private final ValueAtStakeAnalysis valueAtStake;
	private final ServiceTrends trends;
	private final CountsByFilter counts;
	private final ServiceMeasures measures;
	private final ChannelMeasures channels;
	private final MeasureDefaults measureDefaults;
	private final Assumptions assumptions;
	private final Reasons reasons;
	private final Clock clock;
	private final Counter onCluster;
	private final Counter inProcess;
	private final Counter fellBack;

	ClusterRecompute(LoyaltyProperties properties, DataSource dataSource, ModelFits fits, LoyaltyDataReader reader,
			ExperienceAnalysis experiences, ServiceRetention retention, ValueAtStakeAnalysis valueAtStake, ServiceTrends trends,
			CountsByFilter counts, ServiceMeasures measures, ChannelMeasures channels, MeasureDefaults measureDefaults,
			Assumptions assumptions, Reasons reasons, MeterRegistry meters, Clock clock) {
		LoyaltyProperties.Cluster cluster = properties.cluster();
		boolean readsCaseFile = cluster.configured() && cluster.readsCaseFile();
		this.job = readsCaseFile ? new SparkJob(cluster, databaseUrl(cluster.databaseUrl(), dataSource)) : null;
		this.fits = fits;
		this.reader = reader;
		this.clock = clock;
		this.experiences = experiences;
		this.retention = retention;
		this.valueAtStake = valueAtStake;
		this.trends = trends;
		this.counts = counts;
		this.measures = measures;
		this.channels = channels;
		this.measureDefaults = measureDefaults;
		this.assumptions = assumptions;
		this.reasons = reasons;
		this.onCluster = counter(meters, "cluster");
		this.inProcess = counter(meters, "process");
		this.fellBack = Counter.builder(METER + ".fallbacks")
			.description("Recomputations the Spark job could not do, done in process").register(meters);
	}

	/** Whether recomputations are the job's: a cluster is configured to read the case file. */
	boolean readsCaseFile() {
		return job != null;
	}

	/**
	 * Every figure of the whole service as of {@code asOf} from the job on the cluster; false when there is no such
	 * cluster or the job could not give them, and the caller computes them in process.
	 *
	 * @throws CancellationException when the application stops while the job runs
	 */
	boolean recompute(LocalDate asOf) {
		if (job == null) {
			return false;
		}
		List<Exposure> exposures = Exposure.ofTheLoyaltyModels(reasons.all().stream().map(Reason::code).toList());
		MeasureSettings settings = measureDefaults.current();
		int recentDays = (int) Math.round(assumptions.current().get(Assumption.AT_RISK_DAYS));
		fits.stopFitService();
		try (SparkJob.Run run = job.run(asOf, settings.withRecentDays(recentDays))) {
			Instant computedAt = clock.instant();
			// every file read before any figure is shown: a job's output that cannot be read changes nothing
			JobOutputs outputs = run.outputs();
			ExperienceModel model = outputs.experienceModel(computedAt);
			RetentionReport report = outputs.retentionReport(LoyaltyModel.retention(exposures), computedAt);
			TallyCounts tally = outputs.tally();
			long[] customers = outputs.valueAtStakeCustomers();
			YearMonth last = YearMonth.from(asOf);
			List<ServiceTrends.Month> months = outputs.trends(ServiceTrends.firstShown(last), last);
			ServiceReport service = outputs.serviceReport(computedAt);
			List<ChannelMeasures.ChannelFigures> byChannel = outputs.channelFigures();
			ValueAtStakeAnalysis.RecentContacts recent = outputs.recentContacts(asOf);
			trends.adopt(months);
			measures.adopt(service);
			channels.adopt(service.settings(), byChannel);
			experiences.adopt(model);
			retention.adopt(report);
			counts.adopt(tally);
			// priced last: the value at stake attributes departures with the experience model just adopted
			valueAtStake.recompute(asOf, customers[0], customers[1], recent);
			reader.forget();
			onCluster.increment();
			return true;
		}
		catch (CancellationException e) {
			throw e;
		}
		catch (RuntimeException e) {
			// the job did not run, failed, or wrote what cannot be read: the application computes every figure again
			fellBack.increment();
			log.warn("Loyalty: the Spark job could not recompute the figures, computed in process instead: {}", e.getMessage());
			return false;
		}
	}

	/** The figures are being computed in process: the job's counts are no longer those of the contacts held. */
	void computingInProcess() {
		counts.adopt(null);
		measures.adopt(null);
		channels.adopt(null, null);
		inProcess.increment();
	}

	@Override
	public void destroy() {
		if (job != null) {
			job.close();
		}
	}

	/**
	 * The database at {@code url} (blank: the application's), as the job's workers reach it, with the application's user
	 * and password among its parameters.
	 */
	static String databaseUrl(String url, DataSource dataSource) {
		HikariDataSource pool;
		try {
			pool = dataSource.unwrap(HikariDataSource.class);
		}
		catch (SQLException e) {
			throw new IllegalStateException("fidele.loyalty.cluster.reads-case-file needs the application's connection pool "
					+ "to give the job the database's URL, user and password", e);
		}
		StringBuilder withCredentials = new StringBuilder(url.isBlank() ? pool.getJdbcUrl() : url);
		// a user or password the pool does not hold is one its URL names already
		parameter(withCredentials, "user", pool.getUsername());
		parameter(withCredentials, "password", pool.getPassword());
		return withCredentials.toString();
	}

	private static void parameter(StringBuilder url, String name, String value) {
		if (value != null && !value.isEmpty()) {
			url.append(url.indexOf("?") >= 0 ? '&' : '?').append(name).append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static Counter counter(MeterRegistry meters, String where) {
		return Counter.builder(METER).tag("where", where).description("Loyalty recomputations, by where they were done")
			.register(meters);
	}
}
