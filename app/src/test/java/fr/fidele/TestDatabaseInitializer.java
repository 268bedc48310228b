package fr.fidele;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a database of its own. With {@code FIDELE_TEST_DB_URL}
 * (CI sets it to the machine's PostgreSQL 15) a fresh database is created on that server;
 * otherwise the application starts its embedded PostgreSQL on a fresh directory under target/, in its throwaway
 * mode (no fsync): a test's data is not worth a disk flush per commit.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String EXTERNAL_URL = "FIDELE_TEST_DB_URL";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = "fidele_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String external = System.getenv(EXTERNAL_URL);
		Map<String, Object> properties;
		if (external != null && !external.isBlank()) {
			createDatabase(external, name);
			// every cached test context keeps its pool open on the one server: idle connections are let go, or a
			// dozen contexts exhaust its max_connections. Ten at most, the application's own default: the demo company's
			// load holds a connection per table it copies (seven at once, guides included) and needs one more to finish
			properties = Map.of("spring.datasource.url", external.substring(0, external.lastIndexOf('/') + 1) + name,
					"spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.idle-timeout", "10000",
					"spring.datasource.hikari.maximum-pool-size", "10");
		}
		else {
			properties = Map.of("spring.datasource.url", "", "fidele.database.embedded-throwaway", "true",
					"fidele.database.embedded-data-dir", Path.of("target", "test-databases", name).toAbsolutePath().toString());
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-database", properties));
	}

	/** Creates an empty database on the server of {@code serverUrl}. */
	public static void createDatabase(String serverUrl, String name) {
		String user = System.getenv().getOrDefault("FIDELE_DB_USER", "postgres");
		try (Connection connection = DriverManager.getConnection(serverUrl, user, System.getenv("FIDELE_DB_PASSWORD"));
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
			// a test's data is not worth a disk flush per commit, as the embedded clusters' throwaway mode says: the
			// server keeps fsync for everything else it holds
			statement.execute("alter database " + name + " set synchronous_commit = off");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot create test database on " + serverUrl, e);
		}
	}
}
