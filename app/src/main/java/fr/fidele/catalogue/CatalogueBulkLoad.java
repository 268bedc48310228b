package fr.fidele.catalogue;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.database.BulkCopy;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads in bulk what customers hold and the suggestions shown on contacts (the demo company's), each suggestion on
 * the link from a product the customer holds to the one suggested. Nothing is visible until {@link #finish()}.
 */
public final class CatalogueBulkLoad implements AutoCloseable {

	/** A suggestion shown on a contact, along the link {@code from → to}; {@code status} null: shown only. */
	public record Shown(long contactId, long customerId, long advisorId, String from, String to, Instant shownAt, SuggestionStatus status) {
	}

	private final BulkCopy load;
	private final JdbcClient jdbc;
	private final Map<String, Long> links = new HashMap<>();
	private final CopyStream holdings;
	private final CopyStream suggestions;

	CatalogueBulkLoad(DataSource dataSource, JdbcClient jdbc) throws SQLException {
		this.jdbc = jdbc;
		jdbc.sql("select id, from_product, to_product from product_link where reason_code is null and segment is null").query(rs -> {
			links.put(rs.getString(2) + ">" + rs.getString(3), rs.getLong(1));
		});
		this.load = new BulkCopy(dataSource);
		try {
			this.holdings = load.table("customer_product", "customer_id, product, since");
			this.suggestions = load.table("suggestion", "contact_id, customer_id, advisor_id, product, link_id, shown_at, status, decided_at");
		}
		catch (SQLException | RuntimeException e) {
			load.close();
			throw e;
		}
	}

	public void holds(long customerId, String product, LocalDate since) throws SQLException {
		holdings.add(customerId).add(product).add(since).endRow();
	}

	public void shown(Shown shown) throws SQLException {
		Long link = links.get(shown.from() + ">" + shown.to());
		if (link == null) {
			throw new InvalidFieldException("to", "unknownProduct", shown.from() + " → " + shown.to());
		}
		suggestions.add(shown.contactId()).add(shown.customerId()).add(shown.advisorId()).add(shown.to()).add(link).add(shown.shownAt())
			.add(shown.status() == null ? null : shown.status().name()).add(shown.status() == null ? null : shown.shownAt()).endRow();
	}

	public void finish() throws SQLException {
		load.finish(jdbc, "suggestion");
	}

	@Override
	public void close() throws SQLException {
		load.close();
	}
}
