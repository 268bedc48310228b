package fr.fidele.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two embedded PostgreSQL servers, the second a hot standby streaming the first's write-ahead log, as a production
 * read replica does. The primary is initialised and stopped cleanly, so that a copy of its files is a consistent base
 * backup (the embedded binaries have no {@code pg_basebackup}); the copy starts as a standby of the primary started
 * again on the same files. Both keep fsync off: a test's data is not worth a flush. The standby never delays its replay
 * for a read, so that a read whose rows the primary removes is cancelled at once, as a busy replica's would be.
 */
public final class StreamingReplica implements AutoCloseable {

	/** Files of a running server that a copy must not take: its lock files and logs. */
	private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "epg-lock", "log");

	private final EmbeddedPostgres primary;
	private final EmbeddedPostgres replica;

	private StreamingReplica(EmbeddedPostgres primary, EmbeddedPostgres replica) {
		this.primary = primary;
		this.replica = replica;
	}

	public static StreamingReplica start(Path directory) throws IOException {
		Path primaryFiles = directory.resolve("primary");
		Path replicaFiles = directory.resolve("replica");
		int primaryPort = FideleProcess.freePort();
		server(primaryFiles, primaryPort).start().close();
		copy(primaryFiles, replicaFiles);
		Files.writeString(replicaFiles.resolve("standby.signal"), "");
		Files.writeString(replicaFiles.resolve("postgresql.auto.conf"),
				"primary_conninfo = 'host=localhost port=%d user=postgres application_name=fidele-replica'\n".formatted(primaryPort),
				StandardOpenOption.APPEND);
		EmbeddedPostgres primary = server(primaryFiles, primaryPort).start();
		try {
			// a standby that never delays its replay for a read: the reads that conflict with it are cancelled at once
			return new StreamingReplica(primary,
					server(replicaFiles, FideleProcess.freePort()).setServerConfig("max_standby_streaming_delay", "0").start());
		}
		catch (IOException | RuntimeException e) {
			primary.close();
			throw e;
		}
	}

	public String primaryUrl() {
		return primary.getJdbcUrl("postgres", "postgres");
	}

	public String replicaUrl() {
		return replica.getJdbcUrl("postgres", "postgres");
	}

	/** Stops the standby from applying the primary's log, as a replica falling behind does. */
	public void pauseReplay() {
		onReplica("select pg_wal_replay_pause()");
	}

	public void resumeReplay() {
		onReplica("select pg_wal_replay_resume()");
	}

	@Override
	public void close() throws IOException {
		try {
			replica.close();
		}
		finally {
			primary.close();
		}
	}

	private void onReplica(String sql) {
		try (Connection connection = replica.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException(sql + " failed on the replica", e);
		}
	}

	private static EmbeddedPostgres.Builder server(Path files, int port) {
		return EmbeddedPostgres.builder().setDataDirectory(files).setCleanDataDirectory(false).setPort(port)
			.setRegisterShutdownHook(true).setServerConfig("wal_level", "replica").setServerConfig("max_wal_senders", "4")
			.setServerConfig("hot_standby", "on");
	}

	private static void copy(Path from, Path to) throws IOException {
		// PostgreSQL refuses a data directory others can read
		Files.createDirectories(to);
		Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path relative = from.relativize(file);
				if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) {
					continue;
				}
				Path target = to.resolve(relative.toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

}
