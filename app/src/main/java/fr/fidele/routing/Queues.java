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

	/** Every queue, active or not, as an administrator defines it. */
	List<QueueDefinition> definitions() {
		return jdbc.sql("select " + COLUMNS + ", active from routing_queue order by code").query((rs, n) -> {
			RoutingQueue q = map(rs, n);
			return new QueueDefinition(q.code(), q.labelFr(), q.labelEn(), q.reason(), q.segment(), q.language(), q.skill(), q.minLevel(),
					q.priority(), q.callbackOfferSeconds(), q.defaultHandleSeconds(), rs.getBoolean("active"));
		}).list();
	}

	/** Creates the queue or replaces its definition; returns its number (for its history). */
	long save(QueueDefinition q) {
		return jdbc.sql("""
				insert into routing_queue (code, label_fr, label_en, reason_code, segment, language, skill, min_level, priority,
				    callback_offer_seconds, default_handle_seconds, active)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (code) do update set label_fr = excluded.label_fr, label_en = excluded.label_en,
				    reason_code = excluded.reason_code, segment = excluded.segment, language = excluded.language, skill = excluded.skill,
				    min_level = excluded.min_level, priority = excluded.priority, callback_offer_seconds = excluded.callback_offer_seconds,
				    default_handle_seconds = excluded.default_handle_seconds, active = excluded.active
				returning id""")
			.params(q.code(), q.labelFr(), q.labelEn(), q.reason(), q.segment(), q.language(), q.skill(), q.minLevel(), q.priority(),
					q.callbackOfferSeconds(), q.defaultHandleSeconds(), q.active())
			.query(Long.class).single();
	}

	private static RoutingQueue map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new RoutingQueue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
	}
}
