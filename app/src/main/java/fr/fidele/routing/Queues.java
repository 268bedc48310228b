package fr.fidele.routing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The active queues. */
@Repository
class Queues {

	private static final String COLUMNS = """
			code, label_fr, label_en, reason_code, segment, language, skill, min_level, priority, callback_offer_seconds,
			default_handle_seconds""";

	private final JdbcClient jdbc;

	Queues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RoutingQueue> active() {
		return jdbc.sql("select " + COLUMNS + " from routing_queue where active order by priority desc, code")
			.query(Queues::map).list();
	}

	Optional<RoutingQueue> find(String code) {
		return jdbc.sql("select " + COLUMNS + " from routing_queue where code = ? and active").param(code).query(Queues::map).optional();
	}

	private static RoutingQueue map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new RoutingQueue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
	}
}
