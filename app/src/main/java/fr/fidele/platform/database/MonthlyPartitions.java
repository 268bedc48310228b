package fr.fidele.platform.database;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month partitions of the tables partitioned by month (V55, decision 32): those of the coming months, created at
 * start-up and every night, and those of past months a bulk load or an import is about to fill.
 * <p>
 * A missing partition loses nothing: its rows wait in the table's default partition, where they are read like any
 * other and only escape pruning and archiving. So a partition that cannot be created now (a lock held too long) is
 * left for later with a warning rather than failing the load that asked for it. Each creation runs in a short
 * transaction of its own, never inside the caller's: creating a partition locks its table for an instant, and the
 * caller's transaction may already be reading it.
 */
@Component
public class MonthlyPartitions {

	private static final Logger log = LoggerFactory.getLogger(MonthlyPartitions.class);

	/** The months ahead kept ready, so that a night without the job loses no pruning. */
	static final int MONTHS_AHEAD = 3;

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	/** The months known to have their partition, or to keep their rows in the default one, by table. */
	private final Map<String, Set<YearMonth>> ready = new ConcurrentHashMap<>();

	MonthlyPartitions(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "0 17 3 * * *")
	void createAhead() {
		try {
			int created = withLockTimeout("10s", () -> jdbc.sql("select create_month_partitions_ahead(?)").param(MONTHS_AHEAD)
				.query(Integer.class).single());
			if (created > 0) {
				log.info("Created {} month partitions ahead", created);
			}
		}
		catch (DataAccessException e) {
			log.warn("The month partitions ahead could not be created now; rows wait in the default partitions", e);
		}
	}

	/**
	 * Creates the partitions of {@code table} for the months from {@code first}'s to {@code last}'s (UTC) that have
	 * none; months asked before in this process are not asked again (a lookup in memory, on every contact recorded).
	 */
	public void prepare(String table, Instant first, Instant last) {
		YearMonth from = YearMonth.from(first.atOffset(ZoneOffset.UTC));
		YearMonth to = YearMonth.from(last.atOffset(ZoneOffset.UTC));
		Set<YearMonth> tableReady = ready.computeIfAbsent(table, name -> ConcurrentHashMap.newKeySet());
		if (allIn(tableReady, from, to)) {
			return;
		}
		try {
			// while the creation waits for its lock, the table's readers queue behind it: give up soon
			withLockTimeout("2s", () -> jdbc.sql("select create_month_partitions(?, ?, ?)")
				.params(table, Timestamp.from(first), Timestamp.from(last)).query(Integer.class).single());
			for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
				tableReady.add(month);
			}
		}
		catch (DataAccessException e) {
			log.warn("The partitions of {} from {} to {} could not be created now; their rows wait in its default partition",
					table, from, to, e);
		}
	}

	/** Runs {@code creation} in a short transaction of its own that waits at most {@code timeout} for a lock. */
	private int withLockTimeout(String timeout, Supplier<Integer> creation) {
		Integer created = ownTransaction.execute(status -> {
			jdbc.sql("set local lock_timeout = '" + timeout + "'").update();
			return creation.get();
		});
		return created == null ? 0 : created;
	}

	private static boolean allIn(Set<YearMonth> months, YearMonth from, YearMonth to) {
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			if (!months.contains(month)) {
				return false;
			}
		}
		return true;
	}
}
