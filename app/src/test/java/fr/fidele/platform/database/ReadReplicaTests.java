package fr.fidele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.FideleProcess;
import fr.fidele.support.StreamingReplica;
import fr.fidele.support.TestPeople;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fidèle on a primary PostgreSQL with a second one streaming from it as a hot standby: the dashboards read from the
 * standby, never see less than what was acknowledged before they asked (they wait for the standby to replay it, or
 * read from the primary), and go on from the primary when the standby lags, is down, is not a standby at all or is a
 * standby of another cluster; a read the standby cancels half-way is read again from the primary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fidele.demo.load=false", "fidele.loyalty.refresh-on-start=false", "fidele.loyalty.fold-after=0s", "logging.level.io.zonky=WARN",
				"fidele.voice.index-directory=target/voice-index-replica", "fidele.database.replica.catch-up-wait=1s",
				"fidele.database.replica.set-aside=1s" })
@DirtiesContext
class ReadReplicaTests {

	private static final String METER = "fidele.database.reporting.reads";
	private static StreamingReplica servers;

	@DynamicPropertySource
	static void primaryAndStandby(DynamicPropertyRegistry registry) throws IOException {
		// stopped with the JVM, after the application context that holds their connections
		servers = StreamingReplica.start(Path.of("target", "replica-tests", UUID.randomUUID().toString()).toAbsolutePath());
		registry.add("spring.datasource.url", servers::primaryUrl);
		registry.add("fidele.database.replica.url", servers::replicaUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	ReportingReads reporting;

	@Autowired
	DataSource primary;

	@Autowired
	MeterRegistry meters;

	ApiClient advisor;
	ApiClient supervisor;
	String queue;
	long customer;

	@BeforeEach
	void aQueueOfItsOwn() {
		advisor = new ApiClient(port, people.create(Role.ADVISOR).token());
		supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		queue = "R" + UUID.randomUUID().toString().substring(0, 8);
		customer = advisor.post("/api/customers", """
				{"reference":"%s","name":"Client %s","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}"""
			.formatted(queue, queue)).json().get("id").asLong();
		awaitTheStandby();
	}

	/** Until a read is served by the standby again, once it has been set aside by an earlier test. */
	private void awaitTheStandby() {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			double before = reads("replica", "caught-up");
			reporting.read(connection -> 0);
			return reads("replica", "caught-up") > before;
		});
	}

	@Test
	void aReportingReadRunsOnTheStandby() {
		assertThat(reporting.replicated()).isTrue();
		assertThat(inRecovery(reporting)).isTrue();
	}

	/** A hot standby exports a read's snapshot too: its other connections are on the standby, on that snapshot. */
	@Test
	void anotherConnectionOfAReadOnTheStandbyIsOnTheStandbyOnItsSnapshot() {
		List<Object> seen = reporting.readInParts((connection, snapshot) -> {
			String first = ReportingReads.jdbc(connection).sql("select pg_current_snapshot()::text").query(String.class).single();
			// a transaction committed on the primary after the read began, replayed: a snapshot the standby takes now differs
			JdbcClient.create(primary).sql("select txid_current()").query(Long.class).single();
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !first.equals(standbySnapshotNow()));
			JdbcClient another = ReportingReads.jdbc(snapshot.another());
			return List.of(first, another.sql("select pg_current_snapshot()::text").query(String.class).single(),
					another.sql("select pg_is_in_recovery()").query(Boolean.class).single());
		});

		assertThat(seen.get(1)).isEqualTo(seen.get(0));
		assertThat(seen.get(2)).as("on the standby").isEqualTo(true);
	}

	@Test
	void theServiceMeasuresAreReadFromTheStandbyAndCountWhatWasJustRecorded() {
		for (int i = 0; i < 3; i++) {
			call(i);
		}
		double onStandby = reads("replica", "caught-up");
		assertThat(measuredContacts("")).isEqualTo(3);
		assertThat(reads("replica", "caught-up")).isGreaterThan(onStandby);
	}

	@Test
	void aStandbyThatLagsIsSetAsideAndTheFiguresStillCountEveryAcknowledgedContact() {
		call(0);
		servers.pauseReplay();
		try {
			call(1);
			double lagging = reads("primary", "replica-lagging");
			assertThat(measuredContacts("")).isEqualTo(2);
			assertThat(reads("primary", "replica-lagging")).isGreaterThan(lagging);
		}
		finally {
			servers.resumeReplay();
		}
		// set aside for a second (fidele.database.replica.set-aside), then read from again, the contact replayed; the
		// report above is kept until the contacts held change: another filter is read
		awaitTheStandby();
		double onStandby = reads("replica", "caught-up");
		assertThat(measuredContacts("&to=2025-12-31")).isEqualTo(2);
		assertThat(reads("replica", "caught-up")).isGreaterThan(onStandby);
	}

	@Test
	void aReadTheStandbyCancelsIsReadAgainFromThePrimary() {
		JdbcTemplate onPrimary = new JdbcTemplate(primary);
		String table = "conflict_" + queue.toLowerCase(Locale.ROOT);
		onPrimary.execute("create table " + table + " (n int)");
		onPrimary.execute("insert into " + table + " select generate_series(1, 1000)");
		awaitTheStandby();
		double cancelled = reads("primary", "replica-cancelled");
		List<Boolean> servedByTheStandby = new ArrayList<>();
		long rows = reporting.read(connection -> {
			JdbcClient jdbc = ReportingReads.jdbc(connection);
			boolean standby = jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
			servedByTheStandby.add(standby);
			long seen = jdbc.sql("select count(*) from " + table).query(Long.class).single();
			if (standby) {
				// the primary removes the rows this read's snapshot still sees; replaying the removal, the standby
				// cancels the read
				onPrimary.execute("delete from " + table);
				for (int i = 0; i < 200; i++) {
					onPrimary.execute("vacuum " + table);
					jdbc.sql("select count(*) from " + table).query(Long.class).single();
				}
				throw new AssertionError("the standby never cancelled the read");
			}
			return seen;
		});
		assertThat(servedByTheStandby).containsExactly(true, false);
		assertThat(rows).isZero();
		assertThat(reads("primary", "replica-cancelled")).isEqualTo(cancelled + 1);
	}

	@Test
	void aStandbyOutOfReachIsSetAsideAndTheReadsGoToThePrimary() throws IOException {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		String nobody = "jdbc:postgresql://localhost:" + FideleProcess.freePort() + "/postgres";
		try (ReportingReads unreachable = ReportingReads.of(primary, settings(nobody), own)) {
			assertThat(inRecovery(unreachable)).isFalse();
			assertThat(inRecovery(unreachable)).isFalse();
			assertThat(own.get(METER).tags("source", "primary", "reason", "replica-unreachable").counter().count()).isEqualTo(2);
			// the second read did not ask the replica's pool again: it was set aside after the first
			assertThat(own.get("hikaricp.connections.timeout").tag("pool", "fidele-replica").counter().count()).isEqualTo(1);
		}
	}

	@Test
	void aReplicaThatIsNotAStandbyOfThePrimaryIsNeverReadFrom() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		// the primary itself named as the replica: it never reports replaying the primary's log
		try (ReportingReads notAStandby = ReportingReads.of(primary, settings(servers.primaryUrl()), own)) {
			assertThat(inRecovery(notAStandby)).isFalse();
			assertThat(own.get(METER).tags("source", "primary", "reason", "replica-lagging").counter().count()).isEqualTo(1);
			assertThat(own.get(METER).tags("source", "replica", "reason", "caught-up").counter().count()).isZero();
		}
	}

	@Test
	void aFullPoolSendsThatReadToThePrimaryWithoutSettingTheStandbyAside() {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		ReplicaProperties oneConnection = new ReplicaProperties(servers.replicaUrl(), "postgres", null, 1, Duration.ofSeconds(5),
				Duration.ofMinutes(1));
		try (ReportingReads reads = ReportingReads.of(primary, oneConnection, own)) {
			// the outer read holds the pool's only connection while the inner one asks for another
			boolean innerOnStandby = reads.<Boolean>read(connection -> inRecovery(reads));
			assertThat(innerOnStandby).isFalse();
			assertThat(own.get(METER).tags("source", "primary", "reason", "replica-busy").counter().count()).isEqualTo(1);
			// not set aside: the next read is on the standby again
			assertThat(inRecovery(reads)).isTrue();
			assertThat(own.get(METER).tags("source", "replica", "reason", "caught-up").counter().count()).isEqualTo(2);
		}
	}

	@Test
	void aStandbyOfAnotherClusterIsNeverReadFrom() throws IOException {
		SimpleMeterRegistry own = new SimpleMeterRegistry();
		try (StreamingReplica another = StreamingReplica.start(Path.of("target", "replica-tests", UUID.randomUUID().toString())
			.toAbsolutePath()); ReportingReads elsewhere = ReportingReads.of(primary, settings(another.replicaUrl()), own)) {
			assertThat(inRecovery(elsewhere)).isFalse();
			assertThat(inRecovery(elsewhere)).isFalse();
			assertThat(own.get(METER).tags("source", "primary", "reason", "replica-of-another-cluster").counter().count())
				.isEqualTo(2);
			assertThat(own.get(METER).tags("source", "replica", "reason", "caught-up").counter().count()).isZero();
		}
	}

	private static ReplicaProperties settings(String url) {
		return new ReplicaProperties(url, "postgres", null, 2, Duration.ofMillis(200), Duration.ofMinutes(1));
	}

	private static String standbySnapshotNow() throws SQLException {
		try (Connection standby = DriverManager.getConnection(servers.replicaUrl(), "postgres", null)) {
			return JdbcClient.create(new SingleConnectionDataSource(standby, true)).sql("select pg_current_snapshot()::text")
				.query(String.class).single();
		}
	}

	private static boolean inRecovery(ReportingReads reads) {
		return reads.<Boolean>read(connection -> ReportingReads.jdbc(connection).sql("select pg_is_in_recovery()").query(Boolean.class)
			.single());
	}

	private double reads(String source, String reason) {
		return meters.get(METER).tags("source", source, "reason", reason).counter().count();
	}

	private long measuredContacts(String more) {
		return supervisor.get("/api/loyalty/measures?queue=" + queue + more).json().get("contacts").asLong();
	}

	/** An answered phone call of the test's queue, recorded through the API: acknowledged once it answers. */
	private void call(int day) {
		Instant arrived = Instant.parse("2025-03-03T09:00:00Z").plus(Duration.ofDays(day));
		ApiClient.Response recorded = advisor.post("/api/contacts", """
				{"customerId":%d,"channel":"PHONE","reasonCode":"BILLING","queue":"%s","arrivedAt":"%s",
				 "queuedAt":"%s","answeredAt":"%s","endedAt":"%s","endedBy":"CUSTOMER","resolved":true}"""
			.formatted(customer, queue, arrived, arrived, arrived.plusSeconds(10), arrived.plusSeconds(200)));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
	}
}
