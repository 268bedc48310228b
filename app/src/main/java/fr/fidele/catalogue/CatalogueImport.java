package fr.fidele.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import fr.fidele.casefile.Segment;
import fr.fidele.platform.CsvFile;
import fr.fidele.platform.Explanations;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the catalogue from CSV files: products ({@code code, name_fr, name_en, category, active}) and links
 * ({@code from, to, kind, reason, segment, why_fr, why_en}). Each row is saved in its own transaction, so a
 * refused row is reported with its line number and the field at fault while the good ones are kept; saving is by code
 * (by ends, reason and segment for a link), so importing the same file again changes nothing.
 */
@Service
public class CatalogueImport {

	/** A refused row: its line in the file, the field at fault, and why, in the reader's language. */
	public record Rejected(int line, String field, String message) {
	}

	/** How an import went. */
	public record Report(int saved, List<Rejected> rejected) {
	}

	private final Catalogue catalogue;
	private final TransactionTemplate transactions;
	private final Explanations explanations;

	CatalogueImport(Catalogue catalogue, TransactionTemplate transactions, Explanations explanations) {
		this.catalogue = catalogue;
		this.transactions = transactions;
		this.explanations = explanations;
	}

	public Report products(byte[] file) {
		return each(file, List.of("code", "name_fr", "name_en"), row -> catalogue.save(new Product(upper(row.get("code")), row.get("name_fr"),
				row.get("name_en"), row.get("category"), row.get("active") == null || yes(row.get("active"), "active"))));
	}

	public Report links(byte[] file) {
		return each(file, List.of("to", "kind", "why_fr", "why_en"), row -> catalogue.save(new ProductLink(0, upper(row.get("from")),
				upper(row.get("to")), value(LinkKind.class, row.get("kind"), "kind"), upper(row.get("reason")),
				row.get("segment") == null ? null : value(Segment.class, row.get("segment"), "segment"), row.get("why_fr"), row.get("why_en"))));
	}

	private Report each(byte[] file, List<String> required, Consumer<CsvFile.Row> save) {
		CsvFile csv;
		try {
			csv = CsvFile.parse(file);
		}
		catch (IllegalArgumentException empty) {
			throw new InvalidFieldException("file", "emptyFile");
		}
		for (String column : required) {
			if (!csv.header().contains(column)) {
				throw new InvalidFieldException("file", "missingColumn", column);
			}
		}
		int saved = 0;
		List<Rejected> rejected = new ArrayList<>();
		for (CsvFile.Row row : csv.rows()) {
			try {
				transactions.executeWithoutResult(status -> save.accept(row));
				saved++;
			}
			catch (InvalidFieldException refused) {
				rejected.add(new Rejected(row.line(), refused.field(), explanations.of(refused)));
			}
		}
		return new Report(saved, List.copyOf(rejected));
	}

	private static String upper(String code) {
		return code == null ? null : code.toUpperCase(Locale.ROOT);
	}

	private static boolean yes(String value, String field) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "oui", "1" -> true;
			case "false", "no", "non", "0" -> false;
			default -> throw new InvalidFieldException(field, "notYesNo", value);
		};
	}

	private static <E extends Enum<E>> E value(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, value == null ? "" : value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidFieldException(field, "unknownValue", value);
		}
	}
}
