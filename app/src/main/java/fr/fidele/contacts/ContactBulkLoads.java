package fr.fidele.contacts;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens bulk loads of cases and contacts ({@link ContactBulkLoad}). */
@Service
public class ContactBulkLoads {

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	ContactBulkLoads(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	public ContactBulkLoad open() throws SQLException {
		return new ContactBulkLoad(dataSource, jdbc);
	}
}
