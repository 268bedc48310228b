package fr.fidele.customers;

import java.sql.SQLException;

import javax.sql.DataSource;

import fr.fidele.history.History;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens bulk loads of customers ({@link CustomerBulkLoad}). */
@Service
public class CustomerBulkLoads {

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final History history;

	CustomerBulkLoads(DataSource dataSource, JdbcClient jdbc, History history) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.history = history;
	}

	/** A load whose outcomes and history entries name {@code actor}, the history entries {@code reason}. */
	public CustomerBulkLoad open(String actor, String reason) throws SQLException {
		return new CustomerBulkLoad(dataSource, jdbc, history, actor, reason);
	}
}
