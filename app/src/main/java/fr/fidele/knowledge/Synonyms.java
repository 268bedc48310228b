package fr.fidele.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import fr.fidele.platform.InvalidFieldException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonyms of each language that the search knows, as administrators write them: one group per line, in Solr's
 * format ({@code résilier, arrêter, annuler} for equivalent words; {@code box => modem} for one way only; {@code #} for
 * a comment). Read again at most a minute after another instance changed them.
 */
@Service
public class Synonyms {

	static final int LENGTH = 100_000;
	private static final Duration REREAD = Duration.ofMinutes(1);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final LoadingCache<String, SynonymMap> maps;

	Synonyms(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maps = Caffeine.newBuilder().expireAfterWrite(REREAD).build(language -> parse(language, lines(language)));
	}

	/** The synonyms of {@code language} as written (empty when there are none). */
	public String lines(String language) {
		return jdbc.sql("select lines from search_synonym where language = ?").param(language(language)).query(String.class).optional().orElse("");
	}

	@Transactional
	public void save(String language, String lines, long changedBy) {
		String checked = language(language);
		if (lines != null && lines.length() > LENGTH) {
			throw new InvalidFieldException("lines", "tooLong", LENGTH);
		}
		String text = lines == null ? "" : lines.strip();
		parse(checked, text);
		jdbc.sql("""
				insert into search_synonym (language, lines, changed_by, changed_at) values (?, ?, ?, ?)
				on conflict (language) do update set lines = excluded.lines, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
			.params(checked, text, changedBy, Timestamp.from(clock.instant())).update();
		maps.invalidate(checked);
	}

	SynonymMap map(String language) {
		return maps.get(language(language));
	}

	private static String language(String language) {
		if (!"fr".equals(language) && !"en".equals(language)) {
			throw new InvalidFieldException("language", "frOrEn");
		}
		return language;
	}

	private static SynonymMap parse(String language, String lines) {
		try (Analyzer analyzer = SearchAnalysis.index(language)) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			parser.parse(new StringReader(lines));
			return parser.build();
		}
		catch (ParseException wrong) {
			// Lucene says "Invalid synonym rule at line N": the line is what the author needs
			String line = wrong.getMessage() == null ? "" : wrong.getMessage().replaceAll("\\D+", "");
			throw new InvalidFieldException("lines", "synonymLine", line.isEmpty() ? "?" : line);
		}
		catch (IllegalArgumentException wrong) {
			// a group whose words all vanish in the analysis (stop words only), which Lucene cannot map
			throw new InvalidFieldException("lines", "synonymLine", "?");
		}
		catch (IOException e) {
			// a string read in memory cannot fail to be read
			throw new UncheckedIOException(e);
		}
	}
}
