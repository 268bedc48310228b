package fr.fidele.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fidèle's own PostgreSQL: started on its data directory once what a killed Fidèle left there is cleared, started
 * again on the same port when it dies (the connection pool then reconnects by itself), stopped with the application.
 * It keeps every acknowledged write unless {@link DatabaseProperties#embeddedThrowaway()} says its data may be lost.
 */
final class EmbeddedServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
	/** Long enough for crash recovery to replay the log written since the last checkpoint. */
	private static final Duration STARTUP_WAIT = Duration.ofMinutes(3);

	private final Path dataDir;
	private final boolean throwaway;
	private int port;
	private EmbeddedPostgres postgres;
	private long postmasterPid;
	private boolean closed;

	private EmbeddedServer(Path dataDir, int port, boolean throwaway) {
		this.dataDir = dataDir;
		this.port = port;
		this.throwaway = throwaway;
	}

	static EmbeddedServer start(DatabaseProperties properties) {
		Path dataDir = Path.of(properties.embeddedDataDir()).toAbsolutePath();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
		}
		EmbeddedServer server = new EmbeddedServer(dataDir, properties.embeddedPort(), properties.embeddedThrowaway());
		server.startPostgres();
		log.info("Embedded PostgreSQL started on port {} with data in {}{}", server.port, dataDir,
				server.throwaway ? " (THROWAWAY: a crash may lose acknowledged writes)" : "");
		return server;
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	synchronized boolean isRunning() {
		return !closed && ProcessHandle.of(postmasterPid).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Starts the server again if it died (killed, crashed); does nothing while it runs or once the application stops. */
	synchronized void restartIfStopped() {
		if (closed || isRunning()) {
			return;
		}
		log.error("The embedded PostgreSQL (pid {}) has stopped unexpectedly: starting it again on {}", postmasterPid, dataDir);
		closePostgres();
		startPostgres();
		log.info("Embedded PostgreSQL started again on port {}", port);
	}

	@Override
	public synchronized void close() {
		closed = true;
		closePostgres();
	}

	private void startPostgres() {
		// a directory not yet initialised holds no server (and must stay empty for initdb)
		if (Files.exists(dataDir.resolve("PG_VERSION"))) {
			try (DataDirectoryLock lock = DataDirectoryLock.take(dataDir)) {
				new LeftoverServer(dataDir).clear();
			}
		}
		try {
			postgres = builder().start();
		}
		catch (IOException e) {
			throw new EmbeddedDatabaseUnavailable("The embedded PostgreSQL did not start on " + dataDir + ": " + e.getMessage(),
					"Read its log in " + dataDir.resolve("log") + " and the lines above, then start Fidèle again.");
		}
		port = postgres.getPort();
		postmasterPid = new LeftoverServer(dataDir).recordedPid()
			.orElseThrow(() -> new IllegalStateException("PostgreSQL started without a lock file in " + dataDir));
	}

	private EmbeddedPostgres.Builder builder() {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			// stopped by the application context, after the beans that still need it at shutdown (the event
			// registry looks for undelivered events then); the library's own hook would stop it in parallel
			.setRegisterShutdownHook(false)
			.setPGStartupWait(STARTUP_WAIT)
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("maintenance_work_mem", "512MB")
			.setServerConfig("max_wal_size", "4GB")
			// the server's own log in the data directory: it outlives the application that started it
			.setServerConfig("logging_collector", "on")
			.setServerConfig("log_directory", "log")
			.setServerConfig("log_filename", "postgresql-%a.log")
			.setServerConfig("log_truncate_on_rotation", "on")
			.setServerConfig("log_rotation_age", "1d");
		durability().forEach(builder::setServerConfig);
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

	/**
	 * The library starts PostgreSQL with fsync off and asynchronous commits, fit for its tests only: these settings
	 * come after its own on the command line, and the last one wins.
	 */
	private Map<String, String> durability() {
		String on = throwaway ? "off" : "on";
		return Map.of("fsync", on, "synchronous_commit", on, "full_page_writes", on);
	}

	private void closePostgres() {
		Optional.ofNullable(postgres).ifPresent(running -> {
			try {
				running.close();
			}
			catch (IOException e) {
				log.warn("The embedded PostgreSQL did not stop cleanly", e);
			}
		});
		postgres = null;
	}
}
