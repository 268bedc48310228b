package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.support.ApiClient;
import fr.fidele.support.ContactWriters;
import fr.fidele.support.FideleProcess;
import fr.fidele.support.PageSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Nothing Fidèle acknowledged is lost. Fidèle runs as operators run it (the packaged jar, its own process) while four
 * integration clients record contacts through the API; its PostgreSQL is killed with SIGKILL, then Fidèle itself.
 * After each crash Fidèle serves again on the same data without anyone's help, and every contact it had acknowledged
 * is in its customer's file, once.
 */
class CrashRecoveryIT {

	private static final int WRITERS = 4;
	/** Contacts acknowledged before each crash, and again after it. */
	private static final int BATCH = 150;
	private static final String PASSWORD = "crash-" + UUID.randomUUID();
	private static final String ADVISOR = "camille";

	private final Path work = Path.of("target", "crash-tests", UUID.randomUUID().toString()).toAbsolutePath();

	@Test
	void theEmbeddedDatabaseKeepsEveryAcknowledgedContactThroughKillsOfItselfAndOfTheApplication() throws Exception {
		Path data = work.resolve("postgres");
		int databasePort = FideleProcess.freePort();
		Map<String, String> environment = demo();
		environment.put("FIDELE_DATA_DIR", data.toString());
		environment.put("FIDELE_EMBEDDED_DB_PORT", Integer.toString(databasePort));
		try (FideleProcess fidele = new FideleProcess(work, environment).start()) {
			assertThat(durabilitySettings("jdbc:postgresql://localhost:" + databasePort + "/postgres"))
				.containsOnly(Map.entry("fsync", "on"), Map.entry("synchronous_commit", "on"), Map.entry("full_page_writes", "on"));
			ApiClient api = new ApiClient(fidele.port(), PageSession.signIn(fidele.port(), ADVISOR, PASSWORD).createApiToken("crash test"));

			ContactWriters databaseKilled = new ContactWriters(api, WRITERS, ADVISOR).start();
			writeThrough(databaseKilled, () -> ProcessHandle.of(postmasterPid(data)).orElseThrow().destroyForcibly());
			databaseKilled.assertEveryAcknowledgedContactIsThereOnce(api);
			assertThat(databaseKilled.refusals()).as("while the database restarted, calls were asked to retry").containsOnly(503);

			ContactWriters applicationKilled = new ContactWriters(api, WRITERS, ADVISOR).start();
			writeThrough(applicationKilled, () -> {
				fidele.kill();
				fidele.start();
			});
			databaseKilled.assertEveryAcknowledgedContactIsThereOnce(api);
			applicationKilled.assertEveryAcknowledgedContactIsThereOnce(api);
		}
	}

	@Test
	void anExternalDatabaseKeepsEveryAcknowledgedContactThroughAKill() throws Exception {
		Path data = work.resolve("external");
		Files.createDirectories(data);
		int databasePort = FideleProcess.freePort();
		EmbeddedPostgres[] server = { durableServer(data, databasePort) };
		Map<String, String> environment = demo();
		environment.put("FIDELE_DB_URL", "jdbc:postgresql://localhost:" + databasePort + "/postgres");
		environment.put("FIDELE_DB_USER", "postgres");
		try (FideleProcess fidele = new FideleProcess(work, environment).start()) {
			ApiClient api = new ApiClient(fidele.port(), PageSession.signIn(fidele.port(), ADVISOR, PASSWORD).createApiToken("crash test"));
			ContactWriters writers = new ContactWriters(api, WRITERS, ADVISOR).start();
			// the server is started again as its service manager would, Fidèle reconnects by itself
			writeThrough(writers, () -> {
				ProcessHandle.of(postmasterPid(data)).orElseThrow().destroyForcibly();
				Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(postmasterPid(data)).isEmpty());
				server[0].close();
				server[0] = durableServer(data, databasePort);
			});
			writers.assertEveryAcknowledgedContactIsThereOnce(api);
			assertThat(writers.refusals()).as("while the database was down, calls were asked to retry").containsOnly(503);
		}
		finally {
			server[0].close();
		}
	}

	/** A crash in the middle of the writes: a batch acknowledged before it, and another after it. */
	private static void writeThrough(ContactWriters writers, Crash crash) throws Exception {
		Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> writers.acknowledged() >= BATCH);
		crash.happen();
		int atCrash = writers.acknowledged();
		Awaitility.await().atMost(Duration.ofMinutes(4)).until(() -> writers.acknowledged() >= atCrash + BATCH);
		writers.stop();
		assertThat(writers.failures()).as("calls refused while the crashed part was down").isPositive();
	}

	private interface Crash {
		void happen() throws Exception;
	}

	private Map<String, String> demo() {
		return new HashMap<>(Map.of("FIDELE_DEMO", "true", "FIDELE_DEMO_CUSTOMERS", "100", "FIDELE_DEMO_PASSWORD", PASSWORD));
	}

	private static EmbeddedPostgres durableServer(Path data, int port) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
			.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on")
			.setPGStartupWait(Duration.ofMinutes(2)).start();
	}

	private static long postmasterPid(Path data) throws Exception {
		List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
		return Long.parseLong(lines.get(0).strip());
	}

	private static Map<String, String> durabilitySettings(String url) throws Exception {
		Map<String, String> settings = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(url, "postgres", null);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')")) {
			while (rows.next()) {
				settings.put(rows.getString(1), rows.getString(2));
			}
		}
		return settings;
	}
}
