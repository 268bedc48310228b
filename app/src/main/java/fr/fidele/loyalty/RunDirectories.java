package fr.fidele.loyalty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run directories the fit service and the loyalty job leave in the exchange directory: each start clears those
 * of earlier runs, which an application killed with -9 could not remove.
 */
final class RunDirectories {

	private RunDirectories() {
	}

	/** Removes every directory of {@code exchange} whose name starts with {@code prefix}, with what it holds. */
	static void clear(Path exchange, String prefix) throws IOException {
		try (Stream<Path> runs = Files.list(exchange)) {
			for (Path earlier : runs.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
				delete(earlier);
			}
		}
	}

	static void delete(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}
}
