package fr.fidele.platform.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * A backup of the embedded cluster as a gzipped tar of its data directory, which {@code tar xzf} also reads. Files are
 * copied while the server writes them: each is cut or padded to the size it had when listed, as PostgreSQL's own
 * base backups do, since the log in the archive replays every change made meanwhile.
 */
final class BackupArchive implements AutoCloseable {

	private final TarArchiveOutputStream tar;

	private BackupArchive(TarArchiveOutputStream tar) {
		this.tar = tar;
	}

	static BackupArchive create(Path file) throws IOException {
		OutputStream out = new GzipCompressorOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
		TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
		tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
		tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
		return new BackupArchive(tar);
	}

	void addDirectory(String name) throws IOException {
		TarArchiveEntry entry = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
		entry.setMode(0700 | TarArchiveEntry.DEFAULT_DIR_MODE & ~0777);
		tar.putArchiveEntry(entry);
		tar.closeArchiveEntry();
	}

	/** Adds a file as it is now; one removed since it was listed (a dropped table's) is left out. */
	void addFile(String name, Path file) throws IOException {
		long size;
		try {
			size = Files.size(file);
		}
		catch (NoSuchFileException removed) {
			return;
		}
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setSize(size);
		entry.setMode(0600 | TarArchiveEntry.DEFAULT_FILE_MODE & ~0777);
		tar.putArchiveEntry(entry);
		try (InputStream in = Files.newInputStream(file)) {
			long copied = copy(in, size);
			writeZeros(size - copied);
		}
		catch (NoSuchFileException removedWhileRead) {
			writeZeros(size);
		}
		tar.closeArchiveEntry();
	}

	void addText(String name, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		TarArchiveEntry entry = new TarArchiveEntry(name);
		entry.setSize(bytes.length);
		entry.setMode(0600 | TarArchiveEntry.DEFAULT_FILE_MODE & ~0777);
		tar.putArchiveEntry(entry);
		tar.write(bytes);
		tar.closeArchiveEntry();
	}

	@Override
	public void close() throws IOException {
		tar.finish();
		tar.close();
	}

	/** Unpacks an archive into an empty directory, refusing any entry that would land outside it. */
	static void extract(Path file, Path target) throws IOException {
		Files.createDirectories(target, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		try (TarArchiveInputStream in = new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(file))))) {
			for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path destination = target.resolve(entry.getName()).normalize();
				if (!destination.startsWith(target)) {
					throw new IOException("the archive entry " + entry.getName() + " points outside the data directory");
				}
				if (entry.isDirectory()) {
					Files.createDirectories(destination);
				}
				else {
					Files.createDirectories(destination.getParent());
					Files.copy(in, destination);
				}
			}
		}
	}

	private long copy(InputStream in, long size) throws IOException {
		byte[] buffer = new byte[1 << 16];
		long copied = 0;
		while (copied < size) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, size - copied));
			if (read < 0) {
				break;
			}
			tar.write(buffer, 0, read);
			copied += read;
		}
		return copied;
	}

	private void writeZeros(long count) throws IOException {
		byte[] zeros = new byte[8192];
		for (long left = count; left > 0; left -= zeros.length) {
			tar.write(zeros, 0, (int) Math.min(zeros.length, left));
		}
	}
}
