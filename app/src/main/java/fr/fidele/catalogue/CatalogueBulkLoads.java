package fr.fidele.catalogue;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens bulk loads of holdings and suggestions ({@link CatalogueBulkLoad}). */
@Service
public class CatalogueBulkLoads {

	private final DataSource dataSource;
	private final JdbcClient jdbc;

	CatalogueBulkLoads(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	public CatalogueBulkLoad open() throws SQLException {
		return new CatalogueBulkLoad(dataSource, jdbc);
	}
}
