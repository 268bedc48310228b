package fr.fidele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.fidele.FideleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bulk load turns foreign keys and triggers off on its connections ({@code session_replication_role = replica});
 * once closed, those connections are back in the pool and must check and fire again for everyone else.
 */
@FideleTest
class BulkCopyTests {

	@Autowired
	DataSource dataSource;

	@Test
	void theLoadsConnectionsGoBackToThePoolWithChecksAndTriggersOn() throws Exception {
		// a pool of one connection: the one the load used is the one asked next
		HikariDataSource application = dataSource.unwrap(HikariDataSource.class);
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(application.getJdbcUrl());
			pool.setUsername(application.getUsername());
			pool.setPassword(application.getPassword());
			pool.setMaximumPoolSize(1);
			JdbcClient jdbc = JdbcClient.create((DataSource) pool);
			try (BulkCopy load = new BulkCopy(pool)) {
				load.table("contact_reason", "code, label_fr, label_en, position").add("BULKTEST").add("essai").add("test").add(99)
					.endRow();
				load.finish(JdbcClient.create(dataSource)); // the pool's one connection is the load's until closed
			}

			assertThat(jdbc.sql("show session_replication_role").query(String.class).single()).isEqualTo("origin");
			jdbc.sql("delete from contact_reason where code = 'BULKTEST'").update();
		}
	}
}
