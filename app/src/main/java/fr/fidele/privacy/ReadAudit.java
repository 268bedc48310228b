package fr.fidele.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who opened which customer's file, through which page or API call, and when; searched by an administrator. */
@Service
public class ReadAudit {

	static final int LONGEST_LIST = 1000;

	/** One opening of a customer's file. */
	public record Read(long customerId, String actor, String via, Instant at) {
	}

	private final JdbcClient jdbc;

	ReadAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long customerId, String actor, String via) {
		jdbc.sql("insert into customer_read (customer_id, actor, via) values (?, ?, ?)").params(customerId, actor, via).update();
	}

	/** The latest openings, newest first, of one customer's file or by one person (either may be null: all). */
	public List<Read> of(Long customerId, String actor, int limit) {
		return jdbc.sql("""
				select customer_id, actor, via, at from customer_read
				where (cast(:customer as bigint) is null or customer_id = :customer) and (cast(:actor as text) is null or actor = :actor)
				order by at desc, id desc limit :limit""")
			.param("customer", customerId).param("actor", actor).param("limit", Math.min(Math.max(limit, 1), LONGEST_LIST))
			.query((rs, n) -> new Read(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)))).list();
	}

	private static Instant instant(Timestamp at) {
		return at.toInstant();
	}
}
