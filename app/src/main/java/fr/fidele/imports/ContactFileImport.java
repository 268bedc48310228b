package fr.fidele.imports;

import fr.fidele.platform.CsvFile;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactBulkImport;
import fr.fidele.contacts.ContactRules;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.ImportedContact;
import fr.fidele.contacts.NewContact;
import fr.fidele.contacts.NewLeg;
import fr.fidele.contacts.Reasons;
import fr.fidele.customers.Customers;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * Contacts from a CSV file with a column mapping. Each row names its customer by reference and
 * its advisor by user name, both of which must exist, and carries an external reference that
 * makes a second import of the same row a no-op. Rows are checked by {@link ContactRules}.
 */
@Component
class ContactFileImport {

	static final Set<String> FIELDS = Set.of("externalRef", "customerReference", "channel", "direction", "reason",
			"queue", "arrivedAt", "queuedAt", "answeredAt", "endedAt", "endedBy", "advisor", "identityVerified",
			"resolved", "notes");
	static final Set<String> REQUIRED = Set.of("externalRef", "channel", "arrivedAt");

	private final ContactBulkImport bulk;
	private final Customers customers;
	private final Users users;
	private final Reasons reasons;

	ContactFileImport(ContactBulkImport bulk, Customers customers, Users users, Reasons reasons) {
		this.bulk = bulk;
		this.customers = customers;
		this.users = users;
		this.reasons = reasons;
	}

	Written mapped(CsvFile file, String mappingText, ZoneId zone, RowOutcome<ImportedContact> outcome,
			String reason) throws SQLException {
		ColumnMapping m = ColumnMapping.parse(mappingText, FIELDS, REQUIRED, file.header());
		Map<String, Long> customerIds = customers.idsByReference(distinct(file, m.column("customerReference")));
		Map<String, Long> advisorIds = new HashMap<>();
		Set<String> reasonCodes = reasons.all().stream().map(r -> r.code()).collect(java.util.stream.Collectors.toSet());
		for (CsvFile.Row row : file.rows()) {
			outcome.read(row, r -> {
				String customerReference = m.value(r, "customerReference");
				Long customerId = customerReference == null ? null : customerIds.get(customerReference);
				if (customerReference != null && customerId == null) {
					throw new InvalidFieldException(m.name("customerReference"), "unknownCustomer", customerReference);
				}
				String reasonCode = m.value(r, "reason");
				if (reasonCode != null && !reasonCodes.contains(reasonCode)) {
					throw new InvalidFieldException(m.name("reason"), "unknownReason", reasonCode);
				}
				String advisor = m.value(r, "advisor");
				Long advisorId = advisor == null ? null : advisorIds.computeIfAbsent(advisor,
						name -> users.findByUsername(name).map(u -> u.id()).orElse(null));
				if (advisor != null && advisorId == null) {
					throw new InvalidFieldException(m.name("advisor"), "unknownAdvisor", advisor);
				}
				return checked(r.line(), mappedContact(r, m, zone, reasonCode, advisor), customerId, advisorId, m::name);
			}, c -> c.contact().externalRef(), m.name("externalRef"));
		}
		int imported = bulk.importAll(outcome.accepted(), reason);
		return new Written(imported, outcome.accepted().size() - imported);
	}

	private static NewContact mappedContact(CsvFile.Row r, ColumnMapping m, ZoneId zone, String reasonCode, String advisor) {
		var answeredAt = Values.instant(m.value(r, "answeredAt"), m.name("answeredAt"), zone);
		var arrivedAt = Values.instant(m.value(r, "arrivedAt"), m.name("arrivedAt"), zone);
		var endedAt = Values.instant(m.value(r, "endedAt"), m.name("endedAt"), zone);
		List<NewLeg> legs = advisor == null ? List.of()
				: List.of(new NewLeg(advisor, answeredAt != null ? answeredAt : arrivedAt, endedAt, null));
		return new NewContact(null, m.value(r, "customerReference"), null,
				Values.enumeration(Channel.class, m.value(r, "channel"), m.name("channel"), null),
				Values.enumeration(Direction.class, m.value(r, "direction"), m.name("direction"), Direction.INBOUND),
				reasonCode, m.value(r, "queue"), arrivedAt,
				Values.instant(m.value(r, "queuedAt"), m.name("queuedAt"), zone), answeredAt, endedAt,
				Values.enumeration(EndedBy.class, m.value(r, "endedBy"), m.name("endedBy"), null),
				Boolean.TRUE.equals(Values.bool(m.value(r, "identityVerified"), m.name("identityVerified"))), false,
				Values.bool(m.value(r, "resolved"), m.name("resolved")), m.value(r, "notes"), m.value(r, "externalRef"), legs);
	}

	/** Checks the contact with the rules every contact obeys, naming the file's column when one is at fault. */
	static ImportedContact checked(int line, NewContact contact, Long customerId, Long advisorId,
			Function<String, String> columnOf) {
		try {
			ContactRules.check(contact);
		}
		catch (InvalidFieldException e) {
			String field = e.field().startsWith("legs") ? "answeredAt" : e.field();
			throw e.forField(columnOf.apply(field));
		}
		return new ImportedContact(line, contact, customerId, advisorId);
	}

	private static List<String> distinct(CsvFile file, String column) {
		if (column == null) {
			return List.of();
		}
		return file.rows().stream().map(r -> r.get(column)).filter(v -> v != null).distinct().toList();
	}
}
