package fr.fidele.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;
import fr.fidele.platform.database.CopyStream;

/**
 * Writes the demo company with one {@code COPY} per table, each on its own connection so the
 * server ingests the tables in parallel while one thread generates. Foreign keys are not checked
 * during the load ({@code session_replication_role = replica}, which needs a superuser): the rows
 * are consistent by construction and tables fill in no particular order. Nothing is visible
 * until {@link #finish()}.
 */
final class CopyRows implements DemoRows, AutoCloseable {

	private final List<Connection> connections = new ArrayList<>();
	private final CopyStream customers;
	private final CopyStream identities;
	private final CopyStream outcomes;
	private final CopyStream cases;
	private final CopyStream contacts;
	private final CopyStream legs;
	private final CopyStream history;

	CopyRows(DataSource dataSource) throws SQLException {
		customers = open(dataSource, "customer", """
				id, reference, display_name, search_text, language, segment, expertise, monthly_value, customer_since,
				consent_email, consent_sms, notes, churned_on""");
		identities = open(dataSource, "customer_identity", "customer_id, kind, value");
		outcomes = open(dataSource, "outcome_event", "customer_id, type, occurred_on, monthly_value, created_by");
		cases = open(dataSource, "support_case", "id, customer_id, reason_code, subject, status, owner_id, opened_at, resolved_at");
		contacts = open(dataSource, "contact", """
				id, customer_id, case_id, first_of_case, channel, direction, reason_code, queue, arrived_at, queued_at,
				answered_at, ended_at, ended_by, identity_verified, reidentified_after_transfer, resolved, wrapup_notes""");
		legs = open(dataSource, "contact_leg", "contact_id, seq, advisor_id, started_at, ended_at, transfer_note");
		history = open(dataSource, "history", "entity_type, entity_id, action, actor, reason");
	}

	private CopyStream open(DataSource dataSource, String table, String columns) throws SQLException {
		Connection connection = dataSource.getConnection();
		connections.add(connection);
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set session_replication_role = replica");
		}
		return new CopyStream(connection, table, columns);
	}

	@Override
	public void customer(CustomerRow c) throws SQLException {
		customers.add(c.id()).add(c.reference()).add(c.name()).add(c.searchText()).add(c.language())
			.add(c.segment().name()).add(c.expertise().name()).add(c.monthlyValue()).add(c.since())
			.add(c.consentEmail()).add(c.consentSms()).add(c.notes()).add(c.churnedOn()).endRow();
		history.add("customer").add(c.id()).add("registered").add(DemoCompanyLoader.ACTOR)
			.add("demo company generated").endRow();
	}

	@Override
	public void identity(long customerId, IdentityKind kind, String value) throws SQLException {
		identities.add(customerId).add(kind.name()).add(value).endRow();
	}

	@Override
	public void outcome(long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue)
			throws SQLException {
		outcomes.add(customerId).add(type.name()).add(occurredOn).add(monthlyValue).add(DemoCompanyLoader.ACTOR).endRow();
	}

	@Override
	public void supportCase(CaseRow c) throws SQLException {
		cases.add(c.id()).add(c.customerId()).add(c.reason()).add(c.subject()).add(c.status().name()).add(c.ownerId())
			.add(c.openedAt()).add(c.resolvedAt()).endRow();
	}

	@Override
	public void contact(ContactRow c) throws SQLException {
		contacts.add(c.id()).add(c.customerId()).add(c.caseId()).add(c.firstOfCase()).add(c.channel().name()).add("INBOUND").add(c.reason())
			.add(c.queue()).add(c.arrivedAt()).add(c.queuedAt()).add(c.answeredAt()).add(c.endedAt())
			.add(c.endedBy() == null ? null : c.endedBy().name()).add(c.identityVerified()).add(c.reidentified())
			.add(c.resolved()).add(c.notes()).endRow();
	}

	@Override
	public void leg(LegRow l) throws SQLException {
		legs.add(l.contactId()).add(l.seq()).add(l.advisorId()).add(l.startedAt()).add(l.endedAt()).add(l.transferNote())
			.endRow();
	}

	long contactRows() {
		return contacts.rows();
	}

	/** Commits every table's copy. */
	void finish() throws SQLException {
		for (CopyStream stream : List.of(customers, identities, outcomes, cases, contacts, legs, history)) {
			stream.finish();
		}
	}

	@Override
	public void close() throws SQLException {
		SQLException failure = null;
		for (CopyStream stream : List.of(customers, identities, outcomes, cases, contacts, legs, history)) {
			try {
				stream.abort();
			}
			catch (SQLException e) {
				failure = e;
			}
		}
		for (Connection connection : connections) {
			connection.close();
		}
		if (failure != null) {
			throw failure;
		}
	}
}
