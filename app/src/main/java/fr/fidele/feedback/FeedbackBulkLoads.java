package fr.fidele.feedback;

import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens bulk loads of answered surveys ({@link FeedbackBulkLoad}) into a survey kept for the record. */
@Service
public class FeedbackBulkLoads {

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final FeedbackProperties settings;
	private final Clock clock;

	FeedbackBulkLoads(DataSource dataSource, JdbcClient jdbc, FeedbackProperties settings, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** A load into the withdrawn survey named {@code name} (made if missing: an NPS and a CSAT question). */
	public FeedbackBulkLoad open(String name) throws SQLException {
		return new FeedbackBulkLoad(dataSource, jdbc, name, settings.invitationLifetime(), settings.followUpWithin(), clock.instant());
	}
}
