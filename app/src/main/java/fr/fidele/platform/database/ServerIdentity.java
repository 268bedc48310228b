package fr.fidele.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a running process is the PostgreSQL of a given data directory. */
enum ServerIdentity {

	/** A PostgreSQL server whose working directory is the data directory (the postmaster moves into it). */
	THIS_DIRECTORY,
	/** Some other process. */
	ANOTHER_PROCESS,
	/** The system does not tell. */
	UNKNOWN;

	static ServerIdentity of(ProcessHandle process, Path dataDir) {
		Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
		try {
			if (Files.exists(workingDirectory)) {
				return Files.isSameFile(workingDirectory.toRealPath(), dataDir.toRealPath()) ? THIS_DIRECTORY : ANOTHER_PROCESS;
			}
		}
		catch (IOException | SecurityException unreadable) {
			return UNKNOWN;
		}
		return process.info().command().map(command -> command.endsWith("/postgres") ? UNKNOWN : ANOTHER_PROCESS).orElse(UNKNOWN);
	}
}
