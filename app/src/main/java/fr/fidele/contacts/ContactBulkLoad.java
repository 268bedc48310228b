package fr.fidele.contacts;

import java.sql.SQLException;
import java.time.Instant;

import javax.sql.DataSource;

import fr.fidele.casefile.Channel;
import fr.fidele.platform.database.BulkCopy;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases, contacts and their legs loaded by the million (the generated demo company) through {@link BulkCopy}. Unlike
 * {@link ContactBulkImport}, nothing is checked against what the database holds: the caller assigns the ids from
 * {@link #firstContactId()} and {@link #firstCaseId()}, names customers and advisors that exist, and gives rows
 * consistent by construction (a contact's case, its legs in order). No event is published: after a bulk load the
 * loyalty figures are computed again as a whole. Open it with {@link ContactBulkLoads#open(Instant, Instant)}.
 */
public final class ContactBulkLoad implements AutoCloseable {

	public record CaseRow(long id, long customerId, String reason, String subject, CaseStatus status, long ownerId,
			Instant openedAt, Instant resolvedAt) {
	}

	/** An inbound contact as loaded; {@code reidentified} says the customer was asked who they were after a transfer. */
	public record ContactRow(long id, long customerId, Long caseId, boolean firstOfCase, Channel channel, String reason,
			String queue, Instant arrivedAt, Instant queuedAt, Instant answeredAt, Instant endedAt, EndedBy endedBy,
			boolean identityVerified, boolean reidentified, Boolean resolved, String notes, Instant firstResponseAt) {
	}

	/** A leg, with its contact's arrival: the legs are kept in their contact's month (V55). */
	public record LegRow(long contactId, Instant contactArrivedAt, int seq, long advisorId, Instant startedAt, Instant endedAt,
			String transferNote) {
	}

	private final BulkCopy load;
	private final JdbcClient jdbc;
	private final long firstContactId;
	private final long firstCaseId;
	private final CopyStream cases;
	private final CopyStream contacts;
	private final CopyStream legs;

	ContactBulkLoad(DataSource dataSource, JdbcClient jdbc) throws SQLException {
		this.load = new BulkCopy(dataSource);
		this.jdbc = jdbc;
		this.firstContactId = BulkCopy.firstFreeId(jdbc, "contact");
		this.firstCaseId = BulkCopy.firstFreeId(jdbc, "support_case");
		try {
			this.cases = load.table("support_case", "id, customer_id, reason_code, subject, status, owner_id, opened_at, resolved_at");
			this.contacts = load.table("contact", """
					id, customer_id, case_id, first_of_case, channel, direction, reason_code, queue, arrived_at, queued_at,
					answered_at, ended_at, ended_by, identity_verified, reidentified_after_transfer, resolved, wrapup_notes,
					first_response_at""");
			this.legs = load.table("contact_leg", "contact_id, contact_arrived_at, seq, advisor_id, started_at, ended_at, transfer_note");
		}
		catch (SQLException | RuntimeException e) {
			load.close();
			throw e;
		}
	}

	/** The first contact id this load may use; the ids that follow are free too. */
	public long firstContactId() {
		return firstContactId;
	}

	/** The first case id this load may use; the ids that follow are free too. */
	public long firstCaseId() {
		return firstCaseId;
	}

	public void supportCase(CaseRow c) throws SQLException {
		cases.add(c.id()).add(c.customerId()).add(c.reason()).add(c.subject()).add(c.status().name()).add(c.ownerId())
			.add(c.openedAt()).add(c.resolvedAt()).endRow();
	}

	public void contact(ContactRow c) throws SQLException {
		contacts.add(c.id()).add(c.customerId()).add(c.caseId()).add(c.firstOfCase()).add(c.channel().name())
			.add(Direction.INBOUND.name()).add(c.reason()).add(c.queue()).add(c.arrivedAt()).add(c.queuedAt())
			.add(c.answeredAt()).add(c.endedAt()).add(c.endedBy() == null ? null : c.endedBy().name())
			.add(c.identityVerified()).add(c.reidentified()).add(c.resolved()).add(c.notes()).add(c.firstResponseAt()).endRow();
	}

	public void leg(LegRow l) throws SQLException {
		legs.add(l.contactId()).add(l.contactArrivedAt()).add(l.seq()).add(l.advisorId()).add(l.startedAt()).add(l.endedAt()).add(l.transferNote())
			.endRow();
	}

	/** Contacts loaded so far. */
	public long contactRows() {
		return contacts.rows();
	}

	/** Makes every row visible, the contacts' and cases' id sequences past the ids given. */
	public void finish() throws SQLException {
		load.finish(jdbc, "contact", "support_case");
	}

	/** Discards every row if the load did not finish. */
	@Override
	public void close() throws SQLException {
		load.close();
	}
}
