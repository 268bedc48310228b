package fr.fidele.loyalty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Keeps the loyalty figures ready so that dashboards read them instead of computing them: once in
 * the background after start-up (unless {@code fidele.loyalty.refresh-on-start} is false), then
 * every night ({@code fidele.loyalty.recompute-cron}, default 02:30). A director can also ask for a
 * recomputation through the API.
 */
@Component
public class LoyaltyRefresh implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(LoyaltyRefresh.class);

	private final LoyaltyDataReader reader;
	private final ClusterRecompute cluster;
	private final ExperienceAnalysis experiences;
	private final ServiceRetention retention;
	private final ValueAtStakeAnalysis valueAtStake;
	private final ServiceTrends trends;
	private final ServiceMeasures measures;
	private final LoyaltyProperties properties;
	private final LoyaltySchedule schedule;
	private final MeasureDefaults measureDefaults;
	private final Clock clock;
	private final AtomicReference<Instant> lastRun = new AtomicReference<>();

	LoyaltyRefresh(LoyaltyDataReader reader, ClusterRecompute cluster, ExperienceAnalysis experiences, ServiceRetention retention,
			ValueAtStakeAnalysis valueAtStake, ServiceTrends trends, ServiceMeasures measures,
			LoyaltyProperties properties, LoyaltySchedule schedule, MeasureDefaults measureDefaults, Clock clock) {
		this.measureDefaults = measureDefaults;
		this.schedule = schedule;
		this.clock = clock;
		this.reader = reader;
		this.cluster = cluster;
		this.experiences = experiences;
		this.retention = retention;
		this.valueAtStake = valueAtStake;
		this.trends = trends;
		this.measures = measures;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		if (!properties.refreshOnStart()) {
			return;
		}
		Thread thread = new Thread(this::refresh, "loyalty-refresh");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		// asked at each run, so that a schedule changed on its page applies from the next run on
		tasks.addTriggerTask(this::refresh, context -> {
			Instant last = context.lastCompletion();
			return schedule.nextRun(last != null ? last : clock.instant());
		});
	}

	void refresh() {
		try {
			recompute(null);
			// The first dashboard people open: measured now and kept until the contacts held change (the job's, if it
			// counted them, until the next recomputation).
			measures.report(ContactFilter.NONE, measureDefaults.current());
		}
		catch (RuntimeException e) {
			log.warn("Loyalty figures could not be computed; dashboards will compute them on demand", e);
		}
	}

	/**
	 * Every loyalty figure again, following customers up to {@code asOf} (null: today). By the Spark job when a
	 * cluster is configured to read the case file ({@link ClusterRecompute}); otherwise here, where one scan of the
	 * contacts gives the case file of the models and the counts of the advisor views and the trends, then the
	 * experience model is fitted beside the retention models. One recomputation at a time: a second waits for the first.
	 */
	public synchronized void recompute(LocalDate asOf) {
		long started = System.nanoTime();
		LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
		if (cluster.recompute(day)) {
			lastRun.set(clock.instant());
			log.info("Loyalty figures computed by the Spark job in {} ms", (System.nanoTime() - started) / 1_000_000);
			return;
		}
		cluster.computingInProcess();
		LoyaltyData data = reader.read(day);
		log.info("Loyalty: case file read in {} ms", (System.nanoTime() - started) / 1_000_000);
		FutureTask<ExperienceModel> fitting = background("loyalty-experiences", () -> experiences.recompute(data));
		long fits = System.nanoTime();
		retention.recompute(data);
		log.info("Loyalty: retention models fitted in {} ms", (System.nanoTime() - fits) / 1_000_000);
		BackgroundWork.finished(fitting);
		// The value at stake prices the departures the experience model attributes to bad experiences.
		valueAtStake.recompute(data);
		trends.recompute(data);
		lastRun.set(clock.instant());
		log.info("Loyalty figures computed in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/** The experience model again as of {@code asOf} (null: today), see {@link #oneOrEvery}. */
	public ExperienceModel recomputeExperiences(LocalDate asOf) {
		return oneOrEvery(asOf, experiences::recompute, experiences::model);
	}

	/** The retention report again as of {@code asOf} (null: today), see {@link #oneOrEvery}. */
	public RetentionReport recomputeRetention(LocalDate asOf) {
		return oneOrEvery(asOf, retention::recompute, retention::report);
	}

	/** The value at stake again as of {@code asOf} (null: today), see {@link #oneOrEvery}. */
	public ValueAtStake recomputeValueAtStake(LocalDate asOf) {
		return oneOrEvery(asOf, valueAtStake::recompute, valueAtStake::report);
	}

	/**
	 * One figure again: alone, here, on the case file as of {@code asOf}; or, where recomputations are the Spark job's,
	 * every figure by the job, then the one asked shown: one model read in process beside the job's counts would mix two
	 * readings of the case file on the same pages, and read the case file into the application, which the job spares.
	 */
	private <T> T oneOrEvery(LocalDate asOf, Function<LocalDate, T> alone, Supplier<T> shown) {
		if (!cluster.readsCaseFile()) {
			return alone.apply(asOf);
		}
		recompute(asOf);
		return shown.get();
	}

	/** When every figure was last computed, if it has been since the start. */
	public Optional<Instant> lastRun() {
		return Optional.ofNullable(lastRun.get());
	}

	/** Runs {@code work} in a thread of its own, and says in the log how long it took. */
	private static <T> FutureTask<T> background(String name, Callable<T> work) {
		return BackgroundWork.start(name, () -> {
			long started = System.nanoTime();
			T result = work.call();
			log.info("Loyalty: {} done in {} ms", name, (System.nanoTime() - started) / 1_000_000);
			return result;
		});
	}
}
