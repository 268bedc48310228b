package fr.fidele.guidance;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens bulk loads of guides shown on contacts ({@link GuidanceBulkLoad}). */
@Service
public class GuidanceBulkLoads {

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	GuidanceBulkLoads(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	public GuidanceBulkLoad open() throws SQLException {
		return new GuidanceBulkLoad(dataSource, jdbc);
	}
}
