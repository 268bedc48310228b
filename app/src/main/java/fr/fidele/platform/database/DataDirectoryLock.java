package fr.fidele.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a running Fidèle holds on its embedded data directory: the same file the embedded server's library locks
 * while it runs ({@value #FILE_NAME}). The operating system releases it when its process dies, however it dies, so
 * whoever can take it knows that no living Fidèle uses the directory.
 */
final class DataDirectoryLock implements AutoCloseable {

	static final String FILE_NAME = "epg-lock";

	private final FileChannel channel;
	private final FileLock lock;

	private DataDirectoryLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Takes the lock, or says that another Fidèle runs on the directory. */
	static DataDirectoryLock take(Path dataDir) {
		try {
			FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new EmbeddedDatabaseUnavailable("Another Fidèle is already running on the database in " + dataDir + ".",
						"Stop it first, or start this one on another directory with FIDELE_DATA_DIR.");
			}
			return new DataDirectoryLock(channel, lock);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot lock " + dataDir, e);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException heldInThisProcess) {
			return null;
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
			channel.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
