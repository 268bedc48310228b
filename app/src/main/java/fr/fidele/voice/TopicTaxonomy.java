package fr.fidele.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The themes texts are sorted into, as administrators edit them: it starts from the contact reasons and what
 * customers complain of (delivery, billing, waiting, rudeness, being transferred, having to repeat oneself) and the
 * objections they raise (price, a competitor, commitment, trust). A change is seen by every instance at its next
 * intake, and every text already analysed is sorted again.
 */
@Service
public class TopicTaxonomy {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
	private static final int LONGEST_LABEL = 80;
	private static final int LONGEST_TERMS = 4000;

	private final JdbcClient jdbc;
	private final Clock clock;

	TopicTaxonomy(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every theme, active or not, in the administrators' order. */
	public List<Topic> all() {
		return jdbc.sql("select code, kind, label_fr, label_en, terms_fr, terms_en, active, position from voice_topic order by position, code")
			.query((rs, n) -> new Topic(rs.getString("code"), TopicKind.valueOf(rs.getString("kind")), rs.getString("label_fr"),
					rs.getString("label_en"), rs.getString("terms_fr"), rs.getString("terms_en"), rs.getBoolean("active"), rs.getInt("position")))
			.list();
	}

	/** When the taxonomy last changed: an instance whose matcher is older builds it again. */
	Instant changedAt() {
		return jdbc.sql("select coalesce(max(changed_at), 'epoch') from voice_topic").query(Timestamp.class).single().toInstant();
	}

	/** Creates the theme {@code code}, or changes it. */
	@Transactional
	public Topic save(String code, TopicChange change) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new InvalidFieldException("code", "code");
		}
		if (change.kind() == null) {
			throw new InvalidFieldException("kind", "required");
		}
		String labelFr = label("labelFr", change.labelFr());
		String labelEn = label("labelEn", change.labelEn());
		String termsFr = terms("termsFr", change.termsFr());
		String termsEn = terms("termsEn", change.termsEn());
		Topic topic = new Topic(code, change.kind(), labelFr, labelEn, termsFr, termsEn, change.active() == null || change.active(), 0);
		if (topic.terms("fr").stream().allMatch(term -> TextAnalysis.words(term, "fr").isEmpty())
				&& topic.terms("en").stream().allMatch(term -> TextAnalysis.words(term, "en").isEmpty())) {
			throw new InvalidFieldException("termsFr", "topicWithoutTerms");
		}
		jdbc.sql("""
				insert into voice_topic (code, kind, label_fr, label_en, terms_fr, terms_en, active, position, changed_at)
				values (:code, :kind, :labelFr, :labelEn, :termsFr, :termsEn, :active, (select coalesce(max(position), 0) + 1 from voice_topic), :at)
				on conflict (code) do update set kind = excluded.kind, label_fr = excluded.label_fr, label_en = excluded.label_en,
				  terms_fr = excluded.terms_fr, terms_en = excluded.terms_en, active = excluded.active, changed_at = excluded.changed_at""")
			.param("code", code).param("kind", topic.kind().name()).param("labelFr", labelFr).param("labelEn", labelEn)
			.param("termsFr", termsFr).param("termsEn", termsEn).param("active", topic.active()).param("at", Timestamp.from(clock.instant()))
			.update();
		return all().stream().filter(saved -> saved.code().equals(code)).findFirst().orElseThrow();
	}

	private static String label(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		if (value.strip().length() > LONGEST_LABEL) {
			throw new InvalidFieldException(field, "tooLong", LONGEST_LABEL);
		}
		return value.strip();
	}

	private static String terms(String field, String value) {
		if (value != null && value.length() > LONGEST_TERMS) {
			throw new InvalidFieldException(field, "tooLong", LONGEST_TERMS);
		}
		return value == null ? "" : value.strip();
	}
}
