package fr.fidele.loyalty;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The names and teams of everyone who may have handled a contact, in one query. */
@Repository
class AdvisorNames {

	/** How an advisor is shown. */
	record Name(String username, String name, Long teamId, String team) {
	}

	private final JdbcClient jdbc;

	AdvisorNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, Name> names() {
		Map<Long, Name> names = new HashMap<>();
		jdbc.sql("select id, username, display_name, team_id, coalesce(team_name, '') from user_facts")
			.query(rs -> {
				names.put(rs.getLong(1), new Name(rs.getString(2), rs.getString(3), rs.getObject(4, Long.class), rs.getString(5)));
			});
		return names;
	}
}
