package fr.fidele.messaging;

import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens bulk loads of messaging exchanges ({@link MessagingBulkLoad}) into a channel kept for the record. */
@Service
public class MessagingBulkLoads {

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final Clock clock;

	MessagingBulkLoads(DataSource dataSource, JdbcClient jdbc, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A load into the withdrawn channel named {@code name} (made if missing) whose messages belong to {@code queue}. */
	public MessagingBulkLoad open(String name, String queue) throws SQLException {
		return new MessagingBulkLoad(dataSource, jdbc, name, queue, clock.instant());
	}
}
