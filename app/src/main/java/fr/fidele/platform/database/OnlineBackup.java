package fr.fidele.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A consistent copy of a running cluster, taken without stopping it, by PostgreSQL's low-level backup API: the files
 * copied between {@code pg_backup_start} and {@code pg_backup_stop}, the {@code backup_label} the server returns, and
 * the write-ahead log from the backup's start to its end, which a temporary replication slot keeps from being recycled
 * meanwhile. Started on such a copy, PostgreSQL replays that log and reaches the state of the moment the backup ended;
 * this is what {@code pg_basebackup -X fetch} produces.
 */
final class OnlineBackup {

	/** What the server makes anew at start or needs no copy of (PostgreSQL's documented list), and this tool's lock. */
	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map",
			DataDirectoryLock.FILE_NAME, "pg_internal.init");
	/** Directories kept empty in the copy; the log of the server is not data either. */
	private static final Set<String> EMPTIED_DIRECTORIES = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
			"pg_snapshots", "pg_stat_tmp", "pg_subtrans", "log");
	private static final Pattern START_SEGMENT = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

	private final Connection connection;
	private final Path dataDir;

	OnlineBackup(Connection connection, Path dataDir) {
		this.connection = connection;
		this.dataDir = dataDir;
	}

	void writeTo(Path file) throws IOException, SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement(); BackupArchive archive = BackupArchive.create(file)) {
			statement.execute("select pg_create_physical_replication_slot('fidele_backup_' || pg_backend_pid(), true, true)");
			statement.execute("select pg_backup_start('fidele', true)");
			copyDataFiles(archive);
			try (ResultSet stop = statement.executeQuery("select labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(false)")) {
				stop.next();
				String label = stop.getString(1);
				archive.addText("backup_label", label);
				if (stop.getString(2) != null && !stop.getString(2).isEmpty()) {
					archive.addText("tablespace_map", stop.getString(2));
				}
				copyLog(archive, startSegment(label), stop.getString(3));
			}
		}
	}

	private void copyDataFiles(BackupArchive archive) throws IOException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(dataDir)) {
			paths = walk.filter(path -> !path.equals(dataDir)).sorted().toList();
		}
		for (Path path : paths) {
			Path relative = dataDir.relativize(path);
			String name = relative.toString();
			boolean insideEmptied = relative.getNameCount() > 1 && EMPTIED_DIRECTORIES.contains(relative.getName(0).toString());
			if (insideEmptied || SKIPPED_FILES.contains(path.getFileName().toString()) || name.contains("pgsql_tmp")) {
				continue;
			}
			if (Files.isDirectory(path)) {
				archive.addDirectory(name);
			}
			else {
				archive.addFile(name, path);
			}
		}
		archive.addDirectory("pg_wal/archive_status");
		archive.addDirectory("pg_wal/summaries");
	}

	/** Every segment of the log from the backup's start to its end, and the history of timelines. */
	private void copyLog(BackupArchive archive, String first, String last) throws IOException {
		List<Path> segments;
		try (Stream<Path> files = Files.list(dataDir.resolve("pg_wal"))) {
			segments = files.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path segment : segments) {
			String name = segment.getFileName().toString();
			boolean needed = SEGMENT.matcher(name).matches() && name.compareTo(first) >= 0 && name.compareTo(last) <= 0;
			if (needed || name.endsWith(".history")) {
				archive.addFile("pg_wal/" + name, segment);
			}
		}
	}

	private static String startSegment(String label) {
		Matcher matcher = START_SEGMENT.matcher(label);
		if (!matcher.find()) {
			throw new IllegalStateException("the backup label names no start of the log: " + label);
		}
		return matcher.group(1);
	}
}
