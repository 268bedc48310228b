package fr.fidele.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where cases are kept. */
@Repository
public class Cases {

	/** The history entries of a case are kept under this entity type. */
	public static final String HISTORY_ENTITY = CaseLifecycle.CASE;

	private static final String COLUMNS = """
			id, customer_id, reason_code, subject, status, owner_id, opened_at, resolved_at, closed_at, version""";

	private final JdbcClient jdbc;

	Cases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<SupportCase> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from support_case where id = ?").param(id).query(Cases::map).optional();
	}

	public List<SupportCase> ofCustomer(long customerId) {
		return jdbc.sql("select " + COLUMNS + " from support_case where customer_id = ? order by opened_at desc, id desc")
			.param(customerId).query(Cases::map).list();
	}

	/**
	 * The customer's cases a new contact on {@code reasonCode} could join: unresolved, or resolved since
	 * {@code resolvedSince}. Read under the customer's attachment lock, held until the transaction ends, so that two
	 * contacts of one customer arriving together are attached one after the other and join the same case rather than
	 * open two (a lock on the rows would not be enough: a customer with no such case has none to lock). Only these
	 * candidates are read, not every case the customer ever had.
	 */
	List<SupportCase> attachableForUpdate(long customerId, String reasonCode, Instant resolvedSince) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('case-attachment:' || ?, 0))").param(customerId)
			.query((rs, n) -> 1).single();
		return jdbc.sql("select " + COLUMNS + """
				 from support_case where customer_id = ? and reason_code = ?
				and (status in ('OPEN', 'WAITING', 'REOPENED') or (status = 'RESOLVED' and resolved_at >= ?))""")
			.params(customerId, reasonCode, Timestamp.from(resolvedSince)).query(Cases::map).list();
	}

	long insert(long customerId, String reasonCode, String subject, CaseStatus status, Long ownerId, Instant openedAt) {
		return jdbc.sql("""
				insert into support_case (customer_id, reason_code, subject, status, owner_id, opened_at, resolved_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(customerId, reasonCode, subject, status.name(), ownerId, Timestamp.from(openedAt),
					status == CaseStatus.RESOLVED ? Timestamp.from(openedAt) : null)
			.query(Long.class).single();
	}

	void changeStatus(long id, CaseStatus status, Instant at) {
		jdbc.sql("""
				update support_case set status = :status,
				    resolved_at = case when :status = 'RESOLVED' then cast(:at as timestamptz)
				                       when :status = 'REOPENED' then null else resolved_at end,
				    closed_at = case when :status = 'CLOSED' then cast(:at as timestamptz) end,
				    updated_at = now(), version = version + 1
				where id = :id""")
			.param("status", status.name()).param("at", Timestamp.from(at)).param("id", id)
			.update();
	}

	void changeOwner(long id, Long ownerId) {
		jdbc.sql("update support_case set owner_id = ?, updated_at = now(), version = version + 1 where id = ?")
			.params(ownerId, id).update();
	}

	private static SupportCase map(ResultSet rs, int row) throws SQLException {
		return new SupportCase(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("reason_code"),
				rs.getString("subject"), CaseStatus.valueOf(rs.getString("status")), (Long) rs.getObject("owner_id"),
				instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("resolved_at")),
				instant(rs.getTimestamp("closed_at")), rs.getInt("version"));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
