package fr.fidele.contacts;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import fr.fidele.history.History;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records many checked contacts at once, in one transaction, through a staging table: a contact
 * whose external reference is already known is left alone, so a log imported twice is recorded
 * once. Each inserted contact gets its advisor leg and a history entry.
 */
@Service
public class ContactBulkImport {

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final History history;
	private final ContactMonths months;

	ContactBulkImport(DataSource dataSource, JdbcClient jdbc, History history, ContactMonths months) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.history = history;
		this.months = months;
	}

	/**
	 * Makes the month partitions of contacts arriving at these instants. An import that writes other rows before its
	 * contacts (their customers, their advisors) calls this before any of them: a month's partition refers to the
	 * customers and advisors, and cannot be created while the import's own transaction holds writes to them.
	 */
	public void prepareMonths(Collection<Instant> arrivals) {
		if (!arrivals.isEmpty()) {
			months.prepare(Collections.min(arrivals), Collections.max(arrivals));
		}
	}

	/** Inserts the contacts whose external reference is new; returns how many were inserted. */
	@Transactional
	public int importAll(List<ImportedContact> rows, String reason) throws SQLException {
		prepareMonths(rows.stream().map(row -> row.contact().arrivedAt()).toList());
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					create temporary table staged_contact (line int, customer_id bigint, channel text, direction text,
					    reason_code text, queue text, arrived_at timestamptz, queued_at timestamptz, answered_at timestamptz,
					    ended_at timestamptz, ended_by text, identity_verified boolean, resolved boolean, wrapup_notes text,
					    external_ref text, advisor_id bigint) on commit drop;
					create temporary table inserted_contact (id bigint, external_ref text) on commit drop""");
		}
		try (CopyStream staged = new CopyStream(connection, "staged_contact", """
				line, customer_id, channel, direction, reason_code, queue, arrived_at, queued_at, answered_at, ended_at,
				ended_by, identity_verified, resolved, wrapup_notes, external_ref, advisor_id""")) {
			for (ImportedContact row : rows) {
				NewContact c = row.contact();
				staged.add(row.line()).add(row.customerId()).add(c.channel().name()).add(c.direction().name())
					.add(c.reasonCode()).add(c.queue()).add(c.arrivedAt()).add(c.queuedAt()).add(c.answeredAt())
					.add(c.endedAt()).add(c.endedBy() == null ? null : c.endedBy().name()).add(c.identityVerified())
					.add(c.resolved()).add(c.wrapUpNotes()).add(c.externalRef()).add(row.advisorId()).endRow();
			}
			staged.finish();
		}
		int inserted = jdbc.sql("""
				with inserted as (
				    insert into contact (customer_id, channel, direction, reason_code, queue, arrived_at, queued_at,
				        answered_at, ended_at, ended_by, identity_verified, resolved, wrapup_notes, external_ref)
				    select distinct on (external_ref) customer_id, channel, direction, reason_code, queue, arrived_at,
				        queued_at, answered_at, ended_at, ended_by, identity_verified, resolved, wrapup_notes, external_ref
				    from staged_contact order by external_ref, line
				    returning id, external_ref)
				insert into inserted_contact select id, external_ref from inserted""").update();
		jdbc.sql("""
				insert into contact_leg (contact_id, contact_arrived_at, seq, advisor_id, started_at, ended_at)
				select i.id, s.arrived_at, 1, s.advisor_id, coalesce(s.answered_at, s.arrived_at), s.ended_at
				from inserted_contact i join staged_contact s using (external_ref) where s.advisor_id is not null""").update();
		history.recordAll(ContactManagement.CONTACT, jdbc.sql("select id from inserted_contact").query(Long.class).list(), "imported", reason);
		return inserted;
	}
}
