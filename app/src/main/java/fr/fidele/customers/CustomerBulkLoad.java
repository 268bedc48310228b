package fr.fidele.customers;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import fr.fidele.casefile.Segment;
import fr.fidele.history.History;
import fr.fidele.history.HistoryCopy;
import fr.fidele.platform.database.BulkCopy;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers loaded by the million (the generated demo company), with their identities, the outcomes of their
 * subscriptions and a "registered" history entry each, through {@link BulkCopy}. Unlike {@link CustomerBulkImport},
 * nothing is checked against what the database holds: the caller assigns the ids from {@link #firstId()} and gives
 * rows consistent by construction. No event is published: after a bulk load the loyalty figures are computed again
 * as a whole, not customer by customer. Open it with {@link CustomerBulkLoads#open}.
 */
public final class CustomerBulkLoad implements AutoCloseable {

	/** One customer as loaded; {@code searchText} is {@link SearchText#of} its reference, name and identities. */
	public record Row(long id, String reference, String name, String searchText, String language, Segment segment,
			Expertise expertise, BigDecimal monthlyValue, LocalDate since, boolean consentEmail, boolean consentSms,
			String notes, LocalDate churnedOn) {
	}

	private final BulkCopy load;
	private final JdbcClient jdbc;
	private final String actor;
	private final long firstId;
	private final CopyStream customers;
	private final CopyStream identities;
	private final CopyStream outcomes;
	private final HistoryCopy history;

	CustomerBulkLoad(DataSource dataSource, JdbcClient jdbc, History history, String actor, String reason) throws SQLException {
		this.load = new BulkCopy(dataSource);
		this.jdbc = jdbc;
		this.actor = actor;
		this.firstId = BulkCopy.firstFreeId(jdbc, "customer");
		try {
			this.customers = load.table("customer", """
					id, reference, display_name, search_text, language, segment, expertise, monthly_value, customer_since,
					consent_email, consent_sms, notes, churned_on""");
			this.identities = load.table("customer_identity", "customer_id, kind, value");
			this.outcomes = load.table("outcome_event", "customer_id, type, occurred_on, monthly_value, created_by");
			this.history = history.copyWith(load, actor, reason);
		}
		catch (SQLException | RuntimeException e) {
			load.close();
			throw e;
		}
	}

	/** The first customer id this load may use; the ids that follow are free too. */
	public long firstId() {
		return firstId;
	}

	public void customer(Row c) throws SQLException {
		customers.add(c.id()).add(c.reference()).add(c.name()).add(c.searchText()).add(c.language())
			.add(c.segment().name()).add(c.expertise().name()).add(c.monthlyValue()).add(c.since())
			.add(c.consentEmail()).add(c.consentSms()).add(c.notes()).add(c.churnedOn()).endRow();
		history.record("customer", c.id(), "registered");
	}

	public void identity(long customerId, IdentityKind kind, String value) throws SQLException {
		identities.add(customerId).add(kind.name()).add(value).endRow();
	}

	public void outcome(long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue) throws SQLException {
		outcomes.add(customerId).add(type.name()).add(occurredOn).add(monthlyValue).add(actor).endRow();
	}

	/** Makes every row visible, the customers' id sequence past the ids given. */
	public void finish() throws SQLException {
		load.finish(jdbc, "customer");
	}

	/** Discards every row if the load did not finish. */
	@Override
	public void close() throws SQLException {
		load.close();
	}
}
