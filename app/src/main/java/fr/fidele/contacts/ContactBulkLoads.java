package fr.fidele.contacts;

import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens bulk loads of cases and contacts ({@link ContactBulkLoad}). */
@Service
public class ContactBulkLoads {

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final ContactMonths months;

	ContactBulkLoads(DataSource dataSource, JdbcClient jdbc, ContactMonths months) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.months = months;
	}

	/**
	 * Opens a load of contacts arriving from {@code first} to {@code last}: their months' partitions are made first,
	 * since a partition cannot be added to a table a load is copying into.
	 */
	public ContactBulkLoad open(Instant first, Instant last) throws SQLException {
		months.prepare(first, last);
		return new ContactBulkLoad(dataSource, jdbc);
	}
}
