package fr.fidele.imports;

import fr.fidele.platform.CsvFile;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import fr.fidele.customers.Consent;
import fr.fidele.customers.CustomerBulkImport;
import fr.fidele.customers.CustomerRules;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.ImportedCustomer;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * Customers from a CSV file with a column mapping, or from IBM's "Telco Customer Churn" file as
 * shipped. Every row goes through {@link CustomerRules}, as a customer registered by hand would.
 */
@Component
class CustomerFileImport {

	static final Set<String> FIELDS = Set.of("reference", "name", "email", "phone", "social", "language", "segment",
			"expertise", "monthlyValue", "customerSince", "churnedOn", "consentEmail", "consentSms", "consentPhone", "notes");
	static final Set<String> REQUIRED = Set.of("reference", "customerSince");

	private final CustomerBulkImport bulk;

	CustomerFileImport(CustomerBulkImport bulk) {
		this.bulk = bulk;
	}

	Written mapped(CsvFile file, String mappingText, LocalDate today, RowOutcome<ImportedCustomer> outcome, String reason)
			throws SQLException {
		ColumnMapping mapping = ColumnMapping.parse(mappingText, FIELDS, REQUIRED, file.header());
		for (CsvFile.Row row : file.rows()) {
			outcome.read(row, r -> mappedRow(r, mapping, today), c -> c.customer().reference(), mapping.name("reference"));
		}
		return write(outcome, reason);
	}

	/**
	 * IBM Telco Customer Churn: {@code customerID} is the reference (and the name: the file has
	 * none), the customer started {@code tenure} months before {@code asOf}, {@code Churn = Yes}
	 * means they left on {@code asOf}, {@code MonthlyCharges} is the monthly value. Consumer data:
	 * segment residential, language English.
	 */
	Written telco(CsvFile file, LocalDate asOf, RowOutcome<ImportedCustomer> outcome, String reason) throws SQLException {
		for (String column : List.of("customerID", "tenure", "MonthlyCharges", "Churn")) {
			if (!file.header().contains(column)) {
				throw new InvalidFieldException("file", "notTelcoFile", column);
			}
		}
		for (CsvFile.Row row : file.rows()) {
			outcome.read(row, r -> telcoRow(r, asOf), c -> c.customer().reference(), "customerID");
		}
		return write(outcome, reason);
	}

	/** Customers already known by reference are skipped as they are; the others are written if their identities are free. */
	private Written write(RowOutcome<ImportedCustomer> outcome, String reason) throws SQLException {
		Set<String> known = bulk.knownReferences(outcome.accepted().stream().map(c -> c.customer().reference()).toList());
		List<ImportedCustomer> fresh = outcome.accepted().stream().filter(c -> !known.contains(c.customer().reference())).toList();
		List<ImportedCustomer> free = withoutTakenIdentities(fresh, outcome);
		int imported = bulk.importAll(free, reason);
		return new Written(imported, outcome.accepted().size() - fresh.size() + free.size() - imported);
	}

	/** Rows whose e-mail or phone already identifies another customer are rejected, not half-written. */
	private List<ImportedCustomer> withoutTakenIdentities(List<ImportedCustomer> rows, RowOutcome<ImportedCustomer> outcome) {
		List<Identity> identities = rows.stream().flatMap(c -> c.customer().identities().stream()).toList();
		Set<String> taken = bulk.takenIdentities(identities);
		List<ImportedCustomer> free = new ArrayList<>();
		java.util.Map<String, Integer> seen = new java.util.HashMap<>();
		for (ImportedCustomer row : rows) {
			InvalidFieldException conflict = null;
			for (Identity identity : row.customer().identities()) {
				String key = identity.kind() + ":" + identity.value();
				Integer earlier = seen.putIfAbsent(key, row.line());
				if (taken.contains(key)) {
					conflict = new InvalidFieldException("identities", "identityTakenByAnother", identity.value());
				}
				else if (earlier != null) {
					conflict = new InvalidFieldException("identities", "identityAlsoOnLine", identity.value(), earlier);
				}
			}
			if (conflict == null) {
				free.add(row);
			}
			else {
				outcome.reject(row.line(), conflict);
			}
		}
		return free;
	}

	private static ImportedCustomer mappedRow(CsvFile.Row row, ColumnMapping m, LocalDate today) {
		List<Identity> identities = new ArrayList<>();
		addIdentity(identities, IdentityKind.EMAIL, m, row, "email");
		addIdentity(identities, IdentityKind.PHONE, m, row, "phone");
		addIdentity(identities, IdentityKind.SOCIAL, m, row, "social");
		String reference = m.value(row, "reference");
		String name = m.value(row, "name");
		NewCustomer customer = new NewCustomer(reference, name == null ? reference : name, m.value(row, "language"),
				Values.enumeration(Segment.class, m.value(row, "segment"), m.name("segment"), Segment.RESIDENTIAL),
				Values.enumeration(Expertise.class, m.value(row, "expertise"), m.name("expertise"), Expertise.INTERMEDIATE),
				Values.decimal(m.value(row, "monthlyValue"), m.name("monthlyValue")),
				Values.date(m.value(row, "customerSince"), m.name("customerSince")),
				new Consent(flag(row, m, "consentEmail"), flag(row, m, "consentSms"), flag(row, m, "consentPhone")),
				m.value(row, "notes"), identities);
		LocalDate churnedOn = Values.date(m.value(row, "churnedOn"), m.name("churnedOn"));
		return checked(row.line(), customer, churnedOn, today, m);
	}

	private static ImportedCustomer telcoRow(CsvFile.Row row, LocalDate asOf) {
		String reference = row.get("customerID");
		int tenure = Values.integer(row.get("tenure"), "tenure");
		if (tenure < 0) {
			throw new InvalidFieldException("tenure", "negative");
		}
		BigDecimal charges = Values.decimal(row.get("MonthlyCharges"), "MonthlyCharges");
		Boolean churn = Values.bool(row.get("Churn"), "Churn");
		NewCustomer customer = new NewCustomer(reference, reference, "en", Segment.RESIDENTIAL, Expertise.INTERMEDIATE,
				charges, asOf.minusMonths(tenure), Consent.NONE, null, List.of());
		return checked(row.line(), customer, Boolean.TRUE.equals(churn) ? asOf : null, asOf, null);
	}

	private static ImportedCustomer checked(int line, NewCustomer customer, LocalDate churnedOn, LocalDate today,
			ColumnMapping mapping) {
		try {
			NewCustomer valid = CustomerRules.check(customer, today);
			if (churnedOn != null && churnedOn.isBefore(valid.customerSince())) {
				throw new InvalidFieldException("churnedOn", "leftBeforeJoining");
			}
			return new ImportedCustomer(line, valid, churnedOn);
		}
		catch (InvalidFieldException e) {
			String field = e.field().startsWith("identities") ? "identities" : e.field();
			throw e.forField(mapping == null ? field : mapping.name(field));
		}
	}

	private static boolean flag(CsvFile.Row row, ColumnMapping m, String field) {
		return Boolean.TRUE.equals(Values.bool(m.value(row, field), m.name(field)));
	}

	private static void addIdentity(List<Identity> identities, IdentityKind kind, ColumnMapping m, CsvFile.Row row,
			String field) {
		String value = m.value(row, field);
		if (value != null) {
			identities.add(new Identity(kind, value));
		}
	}
}
