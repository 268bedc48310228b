package fr.fidele.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import fr.fidele.platform.IndexedIds;
import jakarta.annotation.PreDestroy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The search index of the articles, Lucene's, one per instance in a directory of its own that it builds from the
 * database when it starts (decision 20) and keeps up with by the articles' sequence: at once for an article written
 * here, within seconds for one written on another instance. Titles and bodies are indexed per language, each with
 * its analyser; a title's words weigh three times a body's.
 */
@Component
class ArticleIndex {

	private static final int BATCH = 2000;
	private static final float TITLE_WEIGHT = 3f;
	private static final List<String> LANGUAGES = List.of("fr", "en");

	private final JdbcClient jdbc;
	private final Synonyms synonyms;
	private final Path path;
	private final FSDirectory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private long seq;

	ArticleIndex(JdbcClient jdbc, Synonyms synonyms) throws IOException {
		this.jdbc = jdbc;
		this.synonyms = synonyms;
		this.path = Files.createTempDirectory("fidele-articles-");
		this.directory = FSDirectory.open(path);
		Analyzer analyzer = new PerFieldAnalyzerWrapper(SearchAnalysis.index("fr"), Map.of("title_en", SearchAnalysis.index("en"), "body_en",
				SearchAnalysis.index("en")));
		this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
		this.searchers = new SearcherManager(writer, null);
	}

	@Scheduled(fixedDelayString = "${fidele.knowledge.index-every:PT5S}", initialDelay = 0, timeUnit = TimeUnit.SECONDS)
	void scheduled() {
		catchUp();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ArticleWritten written) {
		catchUp();
	}

	/** Takes in the articles written since the last look; answers how many. */
	synchronized int catchUp() {
		try {
			int indexed = 0;
			for (List<Document> batch = next(); !batch.isEmpty(); batch = next()) {
				for (Document article : batch) {
					writer.updateDocument(new Term(IndexedIds.ID, article.get(IndexedIds.ID)), article);
				}
				indexed += batch.size();
			}
			if (indexed > 0) {
				searchers.maybeRefreshBlocking();
			}
			return indexed;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<Document> next() {
		List<Document> batch = new ArrayList<>();
		jdbc.sql("""
				select a.id, a.seq, a.audience, a.category, a.reasons, v.title_fr, v.body_fr, v.title_en, v.body_en
				from article a join article_version v on v.article_id = a.id and v.version = a.version
				where a.seq > ? order by a.seq limit ?""")
			.params(seq, BATCH).query(rs -> {
				Document document = new Document();
				document.add(new StringField(IndexedIds.ID, Long.toString(rs.getLong("id")), Field.Store.YES));
				document.add(new StringField("audience", rs.getString("audience"), Field.Store.NO));
				document.add(new StringField("category", rs.getString("category"), Field.Store.NO));
				Array reasons = rs.getArray("reasons");
				for (String reason : (String[]) reasons.getArray()) {
					document.add(new StringField("reason", reason, Field.Store.NO));
				}
				for (String language : LANGUAGES) {
					String title = rs.getString("title_" + language);
					if (title != null) {
						document.add(new TextField("title_" + language, title, Field.Store.NO));
						document.add(new TextField("body_" + language, rs.getString("body_" + language), Field.Store.NO));
					}
				}
				batch.add(document);
				seq = rs.getLong("seq");
			});
		return batch;
	}

	/**
	 * The articles whose title or body in {@code language} hold the search's words or their synonyms, best first: their
	 * ids, at most {@code most}; the public ones only when {@code publicOnly}; of one category when it is named.
	 */
	List<Long> search(String words, String language, boolean publicOnly, String category, int most) {
		String lang = "en".equals(language) ? "en" : "fr";
		QueryBuilder builder = new QueryBuilder(SearchAnalysis.search(lang, synonyms.map(lang)));
		Query title = builder.createBooleanQuery("title_" + lang, words);
		Query body = builder.createBooleanQuery("body_" + lang, words);
		if (title == null && body == null) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
		if (title != null) {
			query.add(new BoostQuery(title, TITLE_WEIGHT), Occur.SHOULD);
		}
		if (body != null) {
			query.add(body, Occur.SHOULD);
		}
		if (publicOnly) {
			query.add(new TermQuery(new Term("audience", Audience.PUBLIC.name())), Occur.FILTER);
		}
		if (category != null) {
			query.add(new TermQuery(new Term("category", category)), Occur.FILTER);
		}
		return IndexedIds.search(searchers, query.build(), most);
	}

	@PreDestroy
	void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
		try (var files = Files.walk(path)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
	}
}
