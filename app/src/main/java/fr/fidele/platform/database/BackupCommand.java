package fr.fidele.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./fidele backup [file]} and {@code ./fidele restore file}: a backup of the embedded database taken while
 * Fidèle runs (or, when it does not, on a server started for the purpose), and its restoration into the data
 * directory, the current one kept aside. The data directory is {@code FIDELE_DATA_DIR}, {@code ./data/postgres} by
 * default, as for Fidèle itself. An external PostgreSQL is backed up with its own tools (see the README).
 */
public final class BackupCommand {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private BackupCommand() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(Optional.ofNullable(System.getenv("FIDELE_DATA_DIR")).orElse("./data/postgres")).toAbsolutePath().normalize();
		String stamp = LocalDateTime.now().format(STAMP);
		try {
			if (args.length >= 1 && args[0].equals("backup")) {
				Path file = Path.of(args.length > 1 ? args[1] : "fidele-backup-" + stamp + ".tar.gz").toAbsolutePath();
				backup(dataDir, file);
				System.out.println("Backup of " + dataDir + " written to " + file);
			}
			else if (args.length == 2 && args[0].equals("restore")) {
				Path aside = restore(Path.of(args[1]).toAbsolutePath(), dataDir, stamp);
				System.out.println("Restored into " + dataDir + "; the data it replaced is in " + aside + ". Start Fidèle with ./fidele");
			}
			else {
				System.err.println("usage: fidele backup [file.tar.gz] | fidele restore file.tar.gz   (data directory: FIDELE_DATA_DIR)");
				System.exit(2);
			}
		}
		catch (EmbeddedDatabaseUnavailable e) {
			System.err.println(e.getMessage() + " " + e.action());
			System.exit(1);
		}
	}

	/** Writes a backup of the cluster in {@code dataDir}, running or not. */
	static void backup(Path dataDir, Path file) throws IOException, SQLException {
		if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
			throw new EmbeddedDatabaseUnavailable("There is no database in " + dataDir + ".", "Set FIDELE_DATA_DIR to Fidèle's data directory.");
		}
		Optional<Integer> running = runningPort(dataDir);
		if (running.isPresent()) {
			try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + running.get() + "/postgres", "postgres", null)) {
				new OnlineBackup(connection, dataDir).writeTo(file);
			}
			return;
		}
		try (EmbeddedServer server = EmbeddedServer.start(new DatabaseProperties(dataDir.toString(), 0, false));
				Connection connection = DriverManager.getConnection(server.jdbcUrl())) {
			new OnlineBackup(connection, dataDir).writeTo(file);
		}
	}

	/** Replaces the cluster in {@code dataDir} by the backup's, and answers where the replaced one was moved. */
	static Path restore(Path file, Path dataDir, String stamp) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new EmbeddedDatabaseUnavailable("There is no backup at " + file + ".", "Give the path of a file written by ./fidele backup.");
		}
		if (runningPort(dataDir).isPresent()) {
			throw new EmbeddedDatabaseUnavailable("Fidèle's database in " + dataDir + " is running.", "Stop Fidèle, then restore.");
		}
		Path aside = dataDir.resolveSibling(dataDir.getFileName() + ".before-restore-" + stamp);
		if (Files.exists(dataDir)) {
			try (DataDirectoryLock lock = DataDirectoryLock.take(dataDir)) {
				new LeftoverServer(dataDir).clear();
			}
			Files.move(dataDir, aside);
		}
		BackupArchive.extract(file, dataDir);
		return aside;
	}

	/** The port of the server running on the directory, if one does (Fidèle's, or one a killed Fidèle left). */
	private static Optional<Integer> runningPort(Path dataDir) throws IOException {
		Optional<ProcessHandle> server = new LeftoverServer(dataDir).recordedPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
			.filter(process -> ServerIdentity.of(process, dataDir) == ServerIdentity.THIS_DIRECTORY);
		if (server.isEmpty()) {
			return Optional.empty();
		}
		// the lock file's fourth line is the server's port
		List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
		return Optional.of(Integer.parseInt(lines.get(3).strip()));
	}
}
