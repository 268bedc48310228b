package fr.fidele.voice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The verbatims, found by words (the search index), by theme, sentiment, source and date (the database), most recent
 * first, or best first when words are given.
 */
@Service
public class Verbatims {

	/** The most verbatims a search asks of the index before the other conditions are applied. */
	private static final int MOST_FOUND_BY_WORDS = 5000;

	private static final String SELECT = "select id, source, customer_id, contact_id, language, written_at, body, sentiment, topics from verbatim";

	private final JdbcClient jdbc;
	private final VerbatimIndex index;

	Verbatims(JdbcClient jdbc, VerbatimIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	/** At most {@code most} verbatims that {@code search} asks for. */
	public List<Verbatim> find(VerbatimSearch search, int most) {
		boolean byWords = search.words() != null && !search.words().isBlank();
		List<Long> found = byWords ? index.search(search.words(), MOST_FOUND_BY_WORDS) : List.of();
		if (byWords && found.isEmpty()) {
			return List.of();
		}
		List<Verbatim> verbatims = jdbc.sql(SELECT + """
				 where (cast(:ids as bigint[]) is null or id = any(:ids))
				  and (cast(:topic as text) is null or :topic = any(topics))
				  and (cast(:sentiment as text) is null or sentiment = :sentiment)
				  and (cast(:source as text) is null or source = :source)
				  and (cast(:since as timestamptz) is null or written_at >= :since)
				order by written_at desc, id desc limit :most""")
			.param("ids", byWords ? found.toArray(Long[]::new) : null).param("topic", blankIsNull(search.topic()))
			.param("sentiment", search.sentiment() == null ? null : search.sentiment().name())
			.param("source", search.source() == null ? null : search.source().name())
			.param("since", search.since() == null ? null : Timestamp.from(search.since())).param("most", byWords ? MOST_FOUND_BY_WORDS : most)
			.query(Verbatims::verbatim).list();
		if (!byWords) {
			return verbatims;
		}
		// the index's order: the best match first
		Map<Long, Integer> rank = new HashMap<>();
		for (int place = 0; place < found.size(); place++) {
			rank.putIfAbsent(found.get(place), place);
		}
		return verbatims.stream().sorted(Comparator.comparing(verbatim -> rank.get(verbatim.id()))).limit(most).toList();
	}

	/** What the customer wrote on one contact (an email, a chat, a message), the first written first. */
	public List<Verbatim> ofContact(long contactId, int most) {
		return jdbc.sql(SELECT + " where contact_id = ? order by written_at, id limit ?").params(contactId, most).query(Verbatims::verbatim).list();
	}

	private static Verbatim verbatim(ResultSet rs, int row) throws SQLException {
		return new Verbatim(rs.getLong("id"), TextSource.valueOf(rs.getString("source")), (Long) rs.getObject("customer_id"),
				(Long) rs.getObject("contact_id"), rs.getString("language"), rs.getTimestamp("written_at").toInstant(), rs.getString("body"),
				Sentiment.valueOf(rs.getString("sentiment")), List.of((String[]) rs.getArray("topics").getArray()));
	}

	private static String blankIsNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
