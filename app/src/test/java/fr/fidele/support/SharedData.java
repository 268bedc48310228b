package fr.fidele.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data sets beside the repository ({@code ../shared/data}); tests that read one are
 * skipped, saying why, on a machine that does not have them (CI always has them).
 */
public final class SharedData {

	private SharedData() {
	}

	public static Path file(String relative) {
		Path root = Path.of("").toAbsolutePath();
		while (root != null && !Files.exists(root.resolve("mvnw"))) {
			root = root.getParent();
		}
		Path file = root == null ? Path.of(relative) : root.resolveSibling("shared").resolve("data").resolve(relative);
		assumeTrue(Files.isRegularFile(file), "skipped: " + file + " is absent (the ../shared data sets are not on this machine)");
		return file;
	}
}
