package fr.fidele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded PostgreSQL: durable unless told otherwise, started again when it dies, and what a crashed run leaves in
 * its data directory dealt with at the next start.
 */
class EmbeddedServerTests {

	@TempDir
	Path dataDir;

	@Test
	void aServerLeftRunningOnTheDirectoryIsStoppedCleanly() throws Exception {
		try (EmbeddedPostgres orphan = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start()) {
			long pid = new LeftoverServer(dataDir).recordedPid().orElseThrow();
			assertThat(ProcessHandle.of(pid)).isPresent();

			new LeftoverServer(dataDir).clear();

			assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
			// a fast shutdown removes the lock file: the next start finds nothing in its way
			assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
		}
	}

	@Test
	void aLockFileNamingAnotherProgramIsRemoved() throws Exception {
		// after a reboot the recorded pid may be any program's, here this test's own
		Files.write(dataDir.resolve("postmaster.pid"), List.of(Long.toString(ProcessHandle.current().pid()), dataDir.toString()));

		new LeftoverServer(dataDir).clear();

		assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	@Test
	void aLockFileOfAServerThatDiedIsLeftToPostgresql() throws Exception {
		Process finished = new ProcessBuilder("true").start();
		finished.waitFor();
		Files.write(dataDir.resolve("postmaster.pid"), List.of(Long.toString(finished.pid()), dataDir.toString()));

		new LeftoverServer(dataDir).clear();

		assertThat(dataDir.resolve("postmaster.pid")).exists();
	}

	@Test
	void aDirectoryInUseByAnotherFideleIsReportedWithWhatToDo() {
		try (DataDirectoryLock running = DataDirectoryLock.take(dataDir)) {
			assertThatThrownBy(() -> DataDirectoryLock.take(dataDir)).isInstanceOfSatisfying(EmbeddedDatabaseUnavailable.class, refused -> {
				FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(refused);
				assertThat(analysis.getDescription()).contains("Another Fidèle is already running").contains(dataDir.toString());
				assertThat(analysis.getAction()).contains("FIDELE_DATA_DIR");
			});
		}
	}

	@Test
	void theServerIsDurableUnlessToldItsDataIsThrowaway() throws Exception {
		try (EmbeddedServer durable = EmbeddedServer.start(new DatabaseProperties(dataDir.resolve("durable").toString(), 0, false))) {
			assertThat(settings(durable)).containsExactly("on", "on", "on");
		}
		try (EmbeddedServer throwaway = EmbeddedServer.start(new DatabaseProperties(dataDir.resolve("throwaway").toString(), 0, true))) {
			assertThat(settings(throwaway)).containsExactly("off", "off", "off");
		}
	}

	@Test
	void aServerThatDiesIsStartedAgainOnItsPort() throws Exception {
		try (EmbeddedServer server = EmbeddedServer.start(new DatabaseProperties(dataDir.toString(), 0, true))) {
			String url = server.jdbcUrl();
			long pid = new LeftoverServer(dataDir).recordedPid().orElseThrow();
			ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
			postmaster.destroyForcibly();
			postmaster.onExit().get();
			assertThat(server.isRunning()).isFalse();

			server.restartIfStopped();

			assertThat(server.isRunning()).isTrue();
			assertThat(server.jdbcUrl()).isEqualTo(url);
			assertThat(settings(server)).hasSize(3);
		}
	}

	private static List<String> settings(EmbeddedServer server) throws Exception {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
				ResultSet rows = connection.createStatement().executeQuery(
						"select setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes') order by name")) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
	}
}
