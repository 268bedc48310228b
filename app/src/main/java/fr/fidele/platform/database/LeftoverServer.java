package fr.fidele.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an earlier run left in the embedded data directory: the PostgreSQL of a Fidèle that was killed (kill -9, an
 * out-of-memory kill) keeps running and keeps its lock file, and the next start would fail on it. The caller holds
 * the {@link DataDirectoryLock}, so no living Fidèle uses that server: it is an orphan, stopped cleanly (a fast
 * shutdown, which rolls back what its dead clients left open and checkpoints) before a new one starts.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private final Path dataDir;
	private final Path pidFile;

	LeftoverServer(Path dataDir) {
		this.dataDir = dataDir;
		this.pidFile = dataDir.resolve("postmaster.pid");
	}

	/** Stops an orphaned server, or removes a lock file that names a process which is not one; else does nothing. */
	void clear() {
		Optional<ProcessHandle> process = recordedPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			// a server that died (kill -9, a power cut) left a lock file that PostgreSQL itself recognises as stale
			return;
		}
		switch (ServerIdentity.of(process.get(), dataDir)) {
			case THIS_DIRECTORY -> stop(process.get());
			case ANOTHER_PROCESS -> removeStaleLockFile(process.get());
			case UNKNOWN -> throw new EmbeddedDatabaseUnavailable(
					"The database in " + dataDir + " is locked by process " + process.get().pid() + ", which may be a PostgreSQL.",
					"If it is, stop it (kill -INT " + process.get().pid() + "); if it is not, delete " + pidFile + ". Then start Fidèle again.");
		}
	}

	/** The process id on the first line of the lock file, if there is one. */
	Optional<Long> recordedPid() {
		try {
			List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
			return lines.isEmpty() || !lines.get(0).strip().matches("\\d+") ? Optional.empty()
					: Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + pidFile, e);
		}
	}

	private void stop(ProcessHandle server) {
		log.warn("A PostgreSQL (pid {}) was left running on {} by a Fidèle that did not stop cleanly: stopping it", server.pid(), dataDir);
		try {
			// SIGINT is PostgreSQL's fast shutdown; Java can only send SIGTERM (a smart shutdown that waits for clients)
			new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start().waitFor();
			server.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
			log.info("The PostgreSQL left running on {} has stopped", dataDir);
		}
		catch (IOException | ExecutionException | TimeoutException e) {
			throw new EmbeddedDatabaseUnavailable("The PostgreSQL left running on " + dataDir + " (pid " + server.pid()
					+ ") did not stop within " + STOP_WAIT.toSeconds() + " s.",
					"Stop it with 'kill -INT " + server.pid() + "' and start Fidèle again.");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while stopping the PostgreSQL left on " + dataDir, e);
		}
	}

	private void removeStaleLockFile(ProcessHandle other) {
		// after a reboot the recorded pid may belong to another program: PostgreSQL would take it for a live server
		log.warn("The lock file of {} names process {}, which is not its PostgreSQL: removing it", dataDir, other.pid());
		try {
			Files.delete(pidFile);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot remove " + pidFile, e);
		}
	}
}
