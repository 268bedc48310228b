package fr.fidele.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import fr.fidele.TestDatabaseInitializer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A database that outlives the application contexts a test starts on it, one after the other or side by side: a fresh
 * database on {@code FIDELE_TEST_DB_URL}'s server (CI), else a PostgreSQL of the test's own.
 */
public final class SharedDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;
	private final String url;

	public SharedDatabase(String purpose) throws Exception {
		String external = System.getenv(TestDatabaseInitializer.EXTERNAL_URL);
		if (external != null && !external.isBlank()) {
			String name = "fidele_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			TestDatabaseInitializer.createDatabase(external, name);
			postgres = null;
			url = external.substring(0, external.lastIndexOf('/') + 1) + name;
		}
		else {
			Path dir = Files.createDirectories(Path.of("target", "test-databases", purpose + "-" + UUID.randomUUID()));
			postgres = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
			url = postgres.getJdbcUrl("postgres", "postgres");
		}
	}

	public String url() {
		return url;
	}

	@Override
	public void close() throws Exception {
		if (postgres != null) {
			postgres.close();
		}
	}
}
