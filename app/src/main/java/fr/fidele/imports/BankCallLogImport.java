package fr.fidele.imports;

import fr.fidele.platform.CsvFile;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactBulkImport;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.ImportedContact;
import fr.fidele.contacts.NewContact;
import fr.fidele.contacts.NewLeg;
import fr.fidele.customers.Consent;
import fr.fidele.customers.CustomerBulkImport;
import fr.fidele.customers.Customers;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.ImportedCustomer;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * The "Anonymous Bank" call log (Technion SEE Lab, February 1999) as shipped: one row per call.
 * Cleaning rules, also in docs/imports.md:
 * <ul>
 * <li>PHANTOM rows (virtual calls) and AGENT rows served by NO_SERVER are rejected with that reason;</li>
 * <li>times are read in Asia/Jerusalem; a clock time earlier than the call's IVR entry crossed midnight;</li>
 * <li>a call entered the queue when {@code q_time > 0}; arrival is the IVR entry, answer the service start;</li>
 * <li>HANG after queueing is ABANDONED (ended at queue exit); HANG before any queue ended in the IVR,
 * by the CUSTOMER; who ended a served call is not recorded (left empty);</li>
 * <li>{@code customer_id} 0 is an unidentified caller; other ids become customers {@code ANB-<id>}
 * (created if new, starting on their first call, priority 2 as PREMIUM), identity verified;</li>
 * <li>each agent becomes an advisor {@code anb-<name>} who cannot sign in; the call type is the queue;</li>
 * <li>the external reference is {@code anonymous-bank:<vru+line>:<call_id>} ({@code call_id} alone repeats).</li>
 * </ul>
 */
@Component
class BankCallLogImport {

	static final ZoneId ZONE = ZoneId.of("Asia/Jerusalem");
	private static final List<String> COLUMNS = List.of("vru+line", "call_id", "customer_id", "priority", "type", "date",
			"vru_entry", "vru_exit", "q_start", "q_exit", "q_time", "outcome", "ser_start", "ser_exit", "server");
	/** Two-digit years from 1950: the log is from 1999. */
	private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
		.appendValueReduced(ChronoField.YEAR, 2, 2, 1950).appendPattern("MMdd").toFormatter();
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss");
	private static final Map<String, String> COLUMN_OF = Map.of("arrivedAt", "vru_entry", "queuedAt", "q_start",
			"answeredAt", "ser_start", "endedAt", "ser_exit", "endedBy", "outcome");

	private final CustomerBulkImport customerImport;
	private final ContactBulkImport contactImport;
	private final Customers customers;
	private final Users users;

	BankCallLogImport(CustomerBulkImport customerImport, ContactBulkImport contactImport, Customers customers, Users users) {
		this.customerImport = customerImport;
		this.contactImport = contactImport;
		this.customers = customers;
		this.users = users;
	}

	/** One call as read, before its customer and advisor have ids. */
	private record Call(int line, NewContact contact, String customerReference, int priority, String server) {
	}

	Written run(CsvFile file, RowOutcome<ImportedContact> outcome, String reason) throws SQLException {
		for (String column : COLUMNS) {
			if (!file.header().contains(column)) {
				throw new InvalidFieldException("file", "notBankCallLog", column);
			}
		}
		List<Call> calls = new ArrayList<>();
		for (CsvFile.Row row : file.rows()) {
			try {
				calls.add(call(row));
			}
			catch (InvalidFieldException e) {
				outcome.reject(row.line(), e);
			}
		}
		// before the customers and advisors are written, which the months' partitions could not be created beside
		contactImport.prepareMonths(calls.stream().map(call -> call.contact().arrivedAt()).toList());
		Map<String, Long> customerIds = createCustomers(calls, reason);
		Map<String, Long> advisorIds = new HashMap<>();
		for (Call call : calls) {
			outcome.read(new CsvFile.Row(call.line(), Map.of()), row -> {
				Long advisorId = call.server() == null ? null : advisorIds.computeIfAbsent(call.server(),
						server -> users.advisorIdFor("anb-" + server.toLowerCase(), server));
				return ContactFileImport.checked(call.line(), call.contact(),
						call.customerReference() == null ? null : customerIds.get(call.customerReference()), advisorId,
						field -> COLUMN_OF.getOrDefault(field, field));
			}, c -> c.contact().externalRef(), "call_id");
		}
		int imported = contactImport.importAll(outcome.accepted(), reason);
		return new Written(imported, outcome.accepted().size() - imported);
	}

	private Map<String, Long> createCustomers(List<Call> calls, String reason) throws SQLException {
		Map<String, ImportedCustomer> byReference = new HashMap<>();
		for (Call call : calls) {
			if (call.customerReference() == null) {
				continue;
			}
			LocalDate day = LocalDate.ofInstant(call.contact().arrivedAt(), ZONE);
			ImportedCustomer known = byReference.get(call.customerReference());
			if (known == null || day.isBefore(known.customer().customerSince())) {
				byReference.put(call.customerReference(), new ImportedCustomer(call.line(),
						new NewCustomer(call.customerReference(), call.customerReference(), "en",
								call.priority() == 2 ? Segment.PREMIUM : Segment.RESIDENTIAL, Expertise.INTERMEDIATE,
								java.math.BigDecimal.ZERO, day, Consent.NONE, null, List.of()),
						null));
			}
		}
		customerImport.importAll(new ArrayList<>(byReference.values()), reason);
		return customers.idsByReference(byReference.keySet());
	}

	private static Call call(CsvFile.Row row) {
		String outcome = required(row, "outcome");
		if ("PHANTOM".equals(outcome)) {
			throw new InvalidFieldException("outcome", "phantomCall");
		}
		String server = required(row, "server");
		boolean served = "AGENT".equals(outcome);
		if (served && "NO_SERVER".equals(server)) {
			throw new InvalidFieldException("server", "servedByNoServer");
		}
		if (!served && !"HANG".equals(outcome)) {
			throw new InvalidFieldException("outcome", "unknownValue", outcome);
		}
		LocalDate date = parseDate(required(row, "date"));
		LocalTime entryTime = time(row, "vru_entry");
		Instant arrived = date.atTime(entryTime).atZone(ZONE).toInstant();
		boolean queued = Values.integer(required(row, "q_time"), "q_time") > 0;
		Instant queuedAt = queued ? after(date, entryTime, time(row, "q_start")) : null;
		Instant answered = served ? after(date, entryTime, time(row, "ser_start")) : null;
		Instant ended = served ? after(date, entryTime, time(row, "ser_exit"))
				: after(date, entryTime, time(row, queued ? "q_exit" : "vru_exit"));
		EndedBy endedBy = served ? null : queued ? EndedBy.ABANDONED : EndedBy.CUSTOMER;
		String customerId = required(row, "customer_id");
		String reference = "0".equals(customerId) ? null : "ANB-" + customerId;
		String advisor = served ? "anb-" + server.toLowerCase() : null;
		List<NewLeg> legs = advisor == null ? List.of() : List.of(new NewLeg(advisor, answered, ended, null));
		NewContact contact = new NewContact(null, reference, null, Channel.PHONE, Direction.INBOUND, null,
				required(row, "type"), arrived, queuedAt, answered, ended, endedBy, reference != null, false, null, null,
				"anonymous-bank:" + required(row, "vru+line") + ":" + required(row, "call_id"), legs);
		int priority = Values.integer(required(row, "priority"), "priority");
		return new Call(row.line(), contact, reference, priority, served ? server : null);
	}

	/** The instant of a clock time on the call's day, or the next day when the call crossed midnight. */
	private static Instant after(LocalDate date, LocalTime entry, LocalTime time) {
		LocalDate day = time.isBefore(entry) && entry.getHour() >= 20 && time.getHour() < 4 ? date.plusDays(1) : date;
		return day.atTime(time).atZone(ZONE).toInstant();
	}

	private static LocalDate parseDate(String value) {
		try {
			return LocalDate.parse(value, DATE);
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException("date", "notYymmdd", value);
		}
	}

	private static LocalTime time(CsvFile.Row row, String column) {
		String value = required(row, column);
		try {
			return LocalTime.parse(value, TIME);
		}
		catch (DateTimeParseException e) {
			throw new InvalidFieldException(column, "notTime", value);
		}
	}

	private static String required(CsvFile.Row row, String column) {
		String value = row.get(column);
		if (value == null) {
			throw new InvalidFieldException(column, "required");
		}
		return value;
	}
}
