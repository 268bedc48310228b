package fr.fidele.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reports of past imports. */
@Repository
class ImportRuns {

	private static final String COLUMNS = """
			id, kind, file_name, total_rows, imported_rows, skipped_rows, rejected_rows, rejections::text, started_by,
			started_at, finished_at""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ImportRuns(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	long save(ImportReport r, String sha256) {
		return jdbc.sql("""
				insert into import_run (kind, file_name, file_sha256, total_rows, imported_rows, skipped_rows, rejected_rows,
				    rejections, started_by, started_at, finished_at)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) returning id""")
			.params(r.kind(), r.fileName(), sha256, r.total(), r.imported(), r.skipped(), r.rejected(),
					json.writeValueAsString(r.rejections()), r.startedBy(), Timestamp.from(r.startedAt()),
					Timestamp.from(r.finishedAt()))
			.query(Long.class).single();
	}

	Optional<ImportReport> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from import_run where id = ?").param(id).query(this::map).optional();
	}

	List<ImportReport> latest(int limit) {
		return jdbc.sql("select " + COLUMNS + " from import_run order by id desc limit ?").param(limit).query(this::map).list();
	}

	private ImportReport map(ResultSet rs, int row) throws SQLException {
		List<Rejection> rejections = json.readValue(rs.getString(8), new TypeReference<List<Rejection>>() {
		});
		return new ImportReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
				rs.getInt(7), rejections, rs.getString(9), rs.getTimestamp(10).toInstant(), rs.getTimestamp(11).toInstant());
	}

	/** Scrubs the values that identified an erased person from the reports' rejected rows. */
	void forget(PersonalValues personal) {
		personal.scrubJson(jdbc, "import_run", "rejections");
	}
}
