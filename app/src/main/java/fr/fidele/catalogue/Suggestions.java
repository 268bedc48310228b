package fr.fidele.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestions shown beside each contact and what the advisor made of them: recorded once per contact and product
 * when shown; marked offered, accepted (the customer then holds the product) or not relevant.
 */
@Service
public class Suggestions {

	private final JdbcClient jdbc;
	private final Catalogue catalogue;
	private final Clock clock;

	Suggestions(JdbcClient jdbc, Catalogue catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** Records the links chosen as shown beside the contact, and returns every suggestion of the contact in its language. */
	@Transactional
	public List<Suggestion> shown(long contactId, long customerId, Long advisorId, List<ProductLink> chosen, String language) {
		for (ProductLink link : chosen) {
			jdbc.sql("""
					insert into suggestion (contact_id, customer_id, advisor_id, product, link_id, shown_at) values (?, ?, ?, ?, ?, ?)
					on conflict (contact_id, product) do nothing""")
				.params(contactId, customerId, advisorId, link.toProduct(), link.id(), Timestamp.from(clock.instant())).update();
		}
		return ofContact(contactId, language);
	}

	/** What the advisor made of a suggestion of this contact; an accepted one makes the customer hold the product. */
	@Transactional
	public Suggestion mark(long contactId, long suggestionId, SuggestionStatus status, String language) {
		if (status == null) {
			throw new InvalidFieldException("status", "oneOf", "OFFERED, ACCEPTED, NOT_RELEVANT");
		}
		Suggestion suggestion = ofContact(contactId, language).stream().filter(s -> s.id() == suggestionId).findFirst()
			.orElseThrow(() -> new InvalidFieldException("suggestion", "unknownValue", suggestionId));
		jdbc.sql("update suggestion set status = ?, decided_at = ? where id = ?").params(status.name(), Timestamp.from(clock.instant()), suggestionId)
			.update();
		if (status == SuggestionStatus.ACCEPTED) {
			catalogue.holds(suggestion.customerId(), suggestion.product(), LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		}
		return ofContact(contactId, language).stream().filter(s -> s.id() == suggestionId).findFirst().orElseThrow();
	}

	/** The suggestions shown on a contact, with their reason in {@code language}. */
	public List<Suggestion> ofContact(long contactId, String language) {
		return jdbc.sql("""
				select s.*, p.name_fr, p.name_en, l.why_fr, l.why_en from suggestion s join product p on p.code = s.product
				left join product_link l on l.id = s.link_id where s.contact_id = ? order by s.id""")
			.param(contactId).query((rs, n) -> suggestion(rs, "en".equals(language))).list();
	}

	private static Suggestion suggestion(ResultSet rs, boolean english) throws SQLException {
		return new Suggestion(rs.getLong("id"), rs.getLong("contact_id"), rs.getLong("customer_id"), rs.getString("product"),
				rs.getString(english ? "name_en" : "name_fr"), rs.getString(english ? "why_en" : "why_fr"), rs.getTimestamp("shown_at").toInstant(),
				rs.getString("status") == null ? null : SuggestionStatus.valueOf(rs.getString("status")));
	}
}
