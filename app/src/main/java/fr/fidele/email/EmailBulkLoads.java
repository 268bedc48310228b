package fr.fidele.email;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens bulk loads of e-mail conversations ({@link EmailBulkLoad}) into a mailbox kept for the record. */
@Service
public class EmailBulkLoads {

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	EmailBulkLoads(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** A load into the mailbox {@code address} (made, disabled, if missing) whose messages belong to {@code queue}. */
	public EmailBulkLoad open(String address, String queue) throws SQLException {
		return new EmailBulkLoad(dataSource, jdbc, address, queue);
	}
}
