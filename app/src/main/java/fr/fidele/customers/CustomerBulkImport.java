package fr.fidele.customers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import fr.fidele.history.History;
import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many checked customers at once, in one transaction: rows are copied into a staging
 * table, then inserted where their reference is new, with their identities, their subscription
 * (and cancellation) events and a history entry each. A reference already known is left alone, so
 * importing the same file twice changes nothing.
 */
@Service
public class CustomerBulkImport {

	private final DataSource dataSource;
	private final JdbcClient jdbc;
	private final History history;

	CustomerBulkImport(DataSource dataSource, JdbcClient jdbc, History history) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.history = history;
	}

	/** Which of these references are already customers. */
	public Set<String> knownReferences(Collection<String> references) {
		if (references.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select reference from customer where reference = any(?)")
			.param(references.toArray(String[]::new)).query(String.class).list());
	}

	/** Which of these identities already belong to a customer, as {@code KIND:value}. */
	public Set<String> takenIdentities(Collection<Identity> identities) {
		if (identities.isEmpty()) {
			return Set.of();
		}
		String[] keys = identities.stream().map(i -> i.kind() + ":" + i.value()).toArray(String[]::new);
		return new HashSet<>(jdbc.sql("select kind || ':' || value from customer_identity where kind || ':' || value = any(?)")
			.param(keys).query(String.class).list());
	}

	/** Inserts the customers whose reference is new; returns how many were inserted. */
	@Transactional
	public int importAll(List<ImportedCustomer> rows, String reason) throws SQLException {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					create temporary table staged_customer (line int, reference text, display_name text, search_text text,
					    language text, segment text, expertise text, monthly_value numeric, customer_since date,
					    consent_email boolean, consent_sms boolean, consent_phone boolean, notes text, churned_on date)
					    on commit drop;
					create temporary table staged_identity (reference text, kind text, value text) on commit drop;
					create temporary table inserted_customer (id bigint, reference text) on commit drop""");
		}
		stage(connection, rows);
		int inserted = jdbc.sql("""
				with inserted as (
				    insert into customer (reference, display_name, search_text, language, segment, expertise, monthly_value,
				        customer_since, consent_email, consent_sms, consent_phone, notes, churned_on)
				    select distinct on (reference) reference, display_name, search_text, language, segment, expertise,
				        monthly_value, customer_since, consent_email, consent_sms, consent_phone, notes, churned_on
				    from staged_customer order by reference, line
				    on conflict (reference) do nothing returning id, reference)
				insert into inserted_customer select id, reference from inserted""").update();
		jdbc.sql("""
				insert into customer_identity (customer_id, kind, value)
				select i.id, s.kind, s.value from staged_identity s join inserted_customer i using (reference)
				on conflict do nothing""").update();
		jdbc.sql("""
				insert into outcome_event (customer_id, type, occurred_on, monthly_value, created_by)
				select c.id, 'SUBSCRIBED', c.customer_since, c.monthly_value, ? from customer c join inserted_customer i using (id)
				union all
				select c.id, 'CANCELLED', c.churned_on, c.monthly_value, ? from customer c join inserted_customer i using (id)
				where c.churned_on is not null""").params(CurrentActor.name(), CurrentActor.name()).update();
		jdbc.sql("""
				insert into consent_change (customer_id, channel, granted, actor, source)
				select c.id, channel, true, :actor, :source from customer c join inserted_customer i using (id),
				    lateral (values ('EMAIL', c.consent_email), ('SMS', c.consent_sms), ('PHONE', c.consent_phone)) as given (channel, yes)
				where given.yes""").param("actor", CurrentActor.name()).param("source", reason).update();
		history.recordAll(CustomerManagement.ENTITY, jdbc.sql("select id from inserted_customer").query(Long.class).list(), "imported", reason);
		return inserted;
	}

	private static void stage(Connection connection, List<ImportedCustomer> rows) throws SQLException {
		try (CopyStream customers = new CopyStream(connection, "staged_customer", """
				line, reference, display_name, search_text, language, segment, expertise, monthly_value, customer_since,
				consent_email, consent_sms, consent_phone, notes, churned_on""")) {
			for (ImportedCustomer row : rows) {
				NewCustomer c = row.customer();
				customers.add(row.line()).add(c.reference()).add(c.name())
					.add(SearchText.of(c.reference(), c.name(), c.identities())).add(c.language())
					.add(c.segment().name()).add(c.expertise().name()).add(c.monthlyValue()).add(c.customerSince())
					.add(c.consent().email()).add(c.consent().sms()).add(c.consent().phone()).add(c.notes())
					.add(row.churnedOn()).endRow();
			}
			customers.finish();
		}
		try (CopyStream identities = new CopyStream(connection, "staged_identity", "reference, kind, value")) {
			for (ImportedCustomer row : rows) {
				for (Identity identity : row.customer().identities()) {
					identities.add(row.customer().reference()).add(identity.kind().name()).add(identity.value()).endRow();
				}
			}
			identities.finish();
		}
	}
}
