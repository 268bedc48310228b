package fr.fidele.imports;

import fr.fidele.platform.CsvFile;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import fr.fidele.contacts.ImportedContact;
import fr.fidele.customers.ImportedCustomer;
import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.Digests;
import fr.fidele.platform.Explanations;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.PersonalValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs an import: reads the file, checks every row, writes the good ones in one transaction and
 * reports the rest with their line numbers. A file that cannot be read at all (unknown format,
 * bad mapping) is refused before anything is written.
 */
@Service
public class Imports {

	/** Rejections kept in a report; the counts always cover every row. */
	static final int MAX_LISTED_REJECTIONS = 1000;

	private final CustomerFileImport customerFiles;
	private final ContactFileImport contactFiles;
	private final BankCallLogImport bankLog;
	private final ImportRuns runs;
	private final ApplicationEventPublisher events;
	private final Explanations explanations;
	private final Clock clock;

	Imports(CustomerFileImport customerFiles, ContactFileImport contactFiles, BankCallLogImport bankLog, ImportRuns runs,
			ApplicationEventPublisher events, Explanations explanations, Clock clock) {
		this.explanations = explanations;
		this.customerFiles = customerFiles;
		this.contactFiles = contactFiles;
		this.bankLog = bankLog;
		this.runs = runs;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Options of an import.
	 *
	 * @param mapping {@code field=column} pairs for the generic layouts
	 * @param asOf the day the file describes (Telco Customer Churn: tenure is counted back from it)
	 * @param zone time zone of local date-times in a contacts file
	 */
	public record Options(String mapping, LocalDate asOf, ZoneId zone) {
	}

	@Transactional
	public ImportReport run(ImportKind kind, String fileName, byte[] content, Options options) {
		Instant started = clock.instant();
		CsvFile file;
		try {
			file = CsvFile.parse(content);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("file", "emptyFile");
		}
		String reason = "import of " + fileName;
		LocalDate asOf = options.asOf() != null ? options.asOf() : LocalDate.now(clock);
		try {
			Result result = switch (kind) {
				case CUSTOMERS -> this.<ImportedCustomer>rows(outcome -> customerFiles.mapped(file, options.mapping(), asOf, outcome, reason));
				case TELCO_CHURN -> this.<ImportedCustomer>rows(outcome -> customerFiles.telco(file, asOf, outcome, reason));
				case CONTACTS -> this.<ImportedContact>rows(outcome -> contactFiles.mapped(file, options.mapping(),
						options.zone() != null ? options.zone() : ZoneId.of("Europe/Paris"), outcome, reason));
				case BANK_CALLCENTER -> this.<ImportedContact>rows(outcome -> bankLog.run(file, outcome, reason));
			};
			List<Rejection> rejections = result.rejections().stream().sorted(Comparator.comparingInt(Rejection::line)).toList();
			ImportReport report = new ImportReport(0, kind.slug(), fileName, file.rows().size(), result.written().imported(),
					result.written().skipped(), rejections.size(),
					rejections.subList(0, Math.min(rejections.size(), MAX_LISTED_REJECTIONS)), CurrentActor.name(), started,
					clock.instant());
			long id = runs.save(report, HexFormat.of().formatHex(Digests.sha256(content)));
			events.publishEvent(new ImportCompleted(id, kind, report.imported(), report.skipped(), report.rejected()));
			return runs.find(id).orElseThrow();
		}
		catch (SQLException e) {
			throw new IllegalStateException("import of " + fileName + " failed; nothing was written", e);
		}
	}

	/** An erasure of personal data: the reports' rejected rows stop quoting what identified the person. */
	public void forget(PersonalValues personal) {
		runs.forget(personal);
	}

	public Optional<ImportReport> find(long id) {
		return runs.find(id);
	}

	public List<ImportReport> latest(int limit) {
		return runs.latest(limit);
	}

	private record Result(Written written, List<Rejection> rejections) {
	}

	private interface Step<T> {
		Written run(RowOutcome<T> outcome) throws SQLException;
	}

	private <T> Result rows(Step<T> step) throws SQLException {
		RowOutcome<T> outcome = new RowOutcome<>(explanations);
		return new Result(step.run(outcome), outcome.rejections());
	}
}
