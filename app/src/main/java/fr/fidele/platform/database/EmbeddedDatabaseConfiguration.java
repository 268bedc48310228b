package fr.fidele.platform.database;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven Central binaries when no external database is configured,
 * so that one command runs Fidèle on a fresh machine. Its data directory survives restarts and crashes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseMissing.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(DatabaseProperties properties) {
		return EmbeddedServer.start(properties);
	}

	@Bean(destroyMethod = "close")
	EmbeddedServerWatch embeddedServerWatch(EmbeddedServer server, Clock clock) {
		return new EmbeddedServerWatch(server, clock).start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("fidele-embedded");
		dataSource.setMaximumPoolSize(16);
		return dataSource;
	}
}
