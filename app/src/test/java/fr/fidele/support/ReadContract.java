package fr.fidele.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A read contract (a view a module publishes for the others' bulk reads), as its readers see it. */
public final class ReadContract {

	private ReadContract() {
	}

	/** The view's columns, in order. */
	public static List<String> columns(JdbcClient jdbc, String view) {
		return jdbc.sql("select column_name from information_schema.columns where table_name = ? order by ordinal_position")
			.param(view).query(String.class).list();
	}

	/** The view's row whose {@code key} column is {@code value}. */
	public static Map<String, Object> row(JdbcClient jdbc, String view, String key, Object value) {
		return jdbc.sql("select * from " + view + " where " + key + " = ?").param(value).query().singleRow();
	}
}
