package fr.fidele.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.fidele.casefile.Segment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where customers, their identities and outcome events are kept. */
@Repository
public class Customers {

	/** The history entries of a customer are kept under this entity type. */
	public static final String HISTORY_ENTITY = CustomerManagement.ENTITY;

	private static final String COLUMNS = """
			id, reference, display_name, language, segment, expertise, monthly_value, customer_since,
			consent_email, consent_sms, consent_phone, notes, churned_on, version""";
	private static final String SUMMARY = "id, reference, display_name, segment, monthly_value, customer_since, churned_on";

	static final int SEARCH_CANDIDATES = 2000;

	private final JdbcClient jdbc;

	Customers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A customer drawn for a survey: their name, language and first e-mail address (null when they have none). */
	public record Reachable(long id, String name, String language, String email) {
	}

	/**
	 * A simple random sample of {@code size} current customers (not left), each equally likely whether they ever
	 * contacted the service or not: a relational survey's draw.
	 */
	public List<Reachable> sample(int size) {
		return jdbc.sql("""
				select c.id, c.display_name, c.language,
				    (select i.value from customer_identity i where i.customer_id = c.id and i.kind = 'EMAIL' order by i.id limit 1) as email
				from customer c where c.churned_on is null order by random() limit ?""")
			.param(size).query((rs, n) -> new Reachable(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
	}

	/** Whether any customer is recorded at all. */
	public boolean any() {
		return jdbc.sql("select exists (select 1 from customer)").query(Boolean.class).single();
	}

	public Optional<Customer> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from customer where id = ?").param(id)
			.query((rs, n) -> map(rs, identities(id))).optional();
	}

	/** The customer recognised by an identity already normalised (see {@link Identities#normalise}). */
	public Optional<Long> idByIdentity(IdentityKind kind, String value) {
		return jdbc.sql("select customer_id from customer_identity where kind = ? and value = ?").params(kind.name(), value)
			.query(Long.class).optional();
	}

	public Optional<Long> idByReference(String reference) {
		return jdbc.sql("select id from customer where reference = ?").param(reference).query(Long.class).optional();
	}

	/** Ids of the customers with these references, for bulk imports. */
	public Map<String, Long> idsByReference(Collection<String> references) {
		if (references.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select reference, id from customer where reference = any(?)")
			.param(references.toArray(String[]::new))
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Customers whose name, reference, e-mail or phone contains the text typed, by name. Three
	 * characters at least: below that a trigram index cannot narrow the search. Sorting is done
	 * on the first {@value #SEARCH_CANDIDATES} matches only, so that a text found in most customers
	 * (a mail domain) answers as fast as a surname: such a search is refined, not paged.
	 */
	public List<CustomerSummary> search(String typed, int limit) {
		String folded = SearchText.query(typed);
		if (folded.length() < 3) {
			// Too short for the trigram index: only an exact reference, through its unique index.
			return jdbc.sql("select " + SUMMARY + " from customer where reference = ? limit ?")
				.params(typed.strip(), limit).query(Customers::summary).list();
		}
		String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("select " + SUMMARY + " from (select " + SUMMARY + " from customer where search_text like ? limit "
				+ SEARCH_CANDIDATES + ") matches order by display_name, id limit ?")
			.params(pattern, limit).query(Customers::summary).list();
	}

	/** The most recently registered customers, for the list shown before any search. */
	public List<CustomerSummary> latest(int limit) {
		return jdbc.sql("select " + SUMMARY + " from customer order by id desc limit ?").param(limit)
			.query(Customers::summary).list();
	}

	public List<OutcomeEvent> outcomes(long customerId) {
		return jdbc.sql("""
				select id, customer_id, type, occurred_on, monthly_value, note, created_by from outcome_event
				where customer_id = ? order by occurred_on, id""")
			.param(customerId)
			.query((rs, n) -> new OutcomeEvent(rs.getLong(1), rs.getLong(2), OutcomeType.valueOf(rs.getString(3)),
					rs.getObject(4, LocalDate.class), rs.getBigDecimal(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	long insert(NewCustomer customer) {
		return jdbc.sql("""
				insert into customer (reference, display_name, search_text, language, segment, expertise, monthly_value,
				    customer_since, consent_email, consent_sms, consent_phone, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(customer.reference(), customer.name(),
					SearchText.of(customer.reference(), customer.name(), customer.identities()), customer.language(),
					customer.segment().name(), customer.expertise().name(), customer.monthlyValue(),
					customer.customerSince(), customer.consent().email(), customer.consent().sms(),
					customer.consent().phone(), customer.notes())
			.query(Long.class).single();
	}

	void replaceIdentities(long customerId, List<Identity> identities) {
		jdbc.sql("delete from customer_identity where customer_id = ?").param(customerId).update();
		for (Identity identity : identities) {
			jdbc.sql("insert into customer_identity (customer_id, kind, value) values (?, ?, ?)")
				.params(customerId, identity.kind().name(), identity.value()).update();
		}
	}

	/** Writes the whole customer back, unless someone changed it since it was read. */
	boolean update(Customer customer) {
		return jdbc.sql("""
				update customer set display_name = ?, search_text = ?, language = ?, segment = ?, expertise = ?,
				    monthly_value = ?, consent_email = ?, consent_sms = ?, consent_phone = ?, notes = ?, churned_on = ?,
				    updated_at = now(), version = version + 1
				where id = ? and version = ?""")
			.params(customer.name(), SearchText.of(customer.reference(), customer.name(), customer.identities()),
					customer.language(), customer.segment().name(), customer.expertise().name(),
					customer.monthlyValue(), customer.consent().email(), customer.consent().sms(),
					customer.consent().phone(), customer.notes(), customer.churnedOn(), customer.id(),
					customer.version())
			.update() == 1;
	}

	/** Inserts the event unless one with the same external reference exists; empty when it did. */
	Optional<Long> insertOutcome(long customerId, NewOutcome outcome, String actor) {
		return jdbc.sql("""
				insert into outcome_event (customer_id, type, occurred_on, monthly_value, note, external_ref, created_by)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (external_ref) do nothing returning id""")
			.params(customerId, outcome.type().name(), outcome.occurredOn(), outcome.monthlyValue(), outcome.note(),
					outcome.externalRef(), actor)
			.query(Long.class).optional();
	}

	private List<Identity> identities(long customerId) {
		return jdbc.sql("select kind, value from customer_identity where customer_id = ? order by kind, id")
			.param(customerId)
			.query((rs, n) -> new Identity(IdentityKind.valueOf(rs.getString(1)), rs.getString(2)))
			.list();
	}

	private static Customer map(ResultSet rs, List<Identity> identities) throws SQLException {
		return new Customer(rs.getLong("id"), rs.getString("reference"), rs.getString("display_name"),
				rs.getString("language"), Segment.valueOf(rs.getString("segment")),
				Expertise.valueOf(rs.getString("expertise")), rs.getBigDecimal("monthly_value"),
				rs.getObject("customer_since", LocalDate.class),
				new Consent(rs.getBoolean("consent_email"), rs.getBoolean("consent_sms"), rs.getBoolean("consent_phone")),
				rs.getString("notes"), rs.getObject("churned_on", LocalDate.class), identities, rs.getInt("version"));
	}

	private static CustomerSummary summary(ResultSet rs, int row) throws SQLException {
		return new CustomerSummary(rs.getLong("id"), rs.getString("reference"), rs.getString("display_name"),
				Segment.valueOf(rs.getString("segment")), rs.getBigDecimal("monthly_value"),
				rs.getObject("customer_since", LocalDate.class), rs.getObject("churned_on", LocalDate.class));
	}
}
