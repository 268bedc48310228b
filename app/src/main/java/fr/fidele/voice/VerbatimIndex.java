package fr.fidele.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import fr.fidele.platform.IndexedIds;
import jakarta.annotation.PreDestroy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The search index of the verbatims, Lucene's, one per instance beside the database: each text indexed with the
 * analysis of its language (French: elisions, accents, light stems; English: Porter's stems), so « livrée » finds
 * « livraison » as little as it should and « facturé » finds « factures ». It follows the verbatims by their
 * sequence and the erasures by their number, and its commits record how far it went: a restarted instance takes up
 * where its index stopped, and an index of another database (or of a later state of this one, a backup restored) is
 * built again. It holds the words, not the texts: what a search shows is read from the database.
 */
@Component
class VerbatimIndex {

	private static final Logger log = LoggerFactory.getLogger(VerbatimIndex.class);
	private static final int BATCH = 5000;
	private static final String DATABASE = "database";
	private static final String SEQ = "seq";
	private static final String ERASURE = "erasure";

	private record Indexed(long id, Long customerId, String language, Instant writtenAt, String body) {
	}

	private record Erasure(long id, Long customerId, Timestamp writtenBefore) {
	}

	private final JdbcClient jdbc;
	private final String database;
	private final FSDirectory directory;
	/** An index of this instance's own, because another one's was in the shared directory: deleted at the stop. */
	private final Path ownIndex;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private long seq;
	private long erasure;

	VerbatimIndex(JdbcClient jdbc, VoiceProperties settings) throws IOException {
		this.jdbc = jdbc;
		this.database = jdbc.sql("select identity::text from voice_index_identity").query(String.class).single();
		Analyzer analyzer = new PerFieldAnalyzerWrapper(TextAnalysis.analyzer("fr"), Map.of("en", TextAnalysis.analyzer("en")));
		Files.createDirectories(settings.indexDirectory());
		FSDirectory opened = FSDirectory.open(settings.indexDirectory().resolve(database));
		IndexWriter opening;
		Path own = null;
		try {
			opening = new IndexWriter(opened, new IndexWriterConfig(analyzer));
		}
		catch (LockObtainFailedException inUse) {
			// another instance on this machine keeps its index there: this one keeps its own, built afresh
			opened.close();
			own = Files.createTempDirectory(settings.indexDirectory(), database + "-");
			log.info("The verbatims' index in {} is another instance's: this one builds its own in {}", settings.indexDirectory(), own);
			opened = FSDirectory.open(own);
			opening = new IndexWriter(opened, new IndexWriterConfig(analyzer));
		}
		this.directory = opened;
		this.writer = opening;
		this.ownIndex = own;
		Map<String, String> committed = new HashMap<>();
		writer.getLiveCommitData().forEach(entry -> committed.put(entry.getKey(), entry.getValue()));
		long lastSeq = jdbc.sql("select last_value from verbatim_seq").query(Long.class).single();
		this.seq = Long.parseLong(committed.getOrDefault(SEQ, "0"));
		this.erasure = Long.parseLong(committed.getOrDefault(ERASURE, "0"));
		if (!database.equals(committed.getOrDefault(DATABASE, database)) || seq > lastSeq) {
			log.info("The verbatims' index is of another state of the database: built again");
			writer.deleteAll();
			seq = 0;
			erasure = 0;
		}
		this.searchers = new SearcherManager(writer, null);
	}

	@Scheduled(fixedDelayString = "${fidele.voice.index-every:PT5S}", initialDelay = 10, timeUnit = TimeUnit.SECONDS)
	void scheduled() {
		catchUp();
	}

	/** Takes in what was analysed or erased since the last look, and commits; answers how many verbatims it indexed. */
	synchronized int catchUp() {
		try {
			int indexed = 0;
			for (List<Indexed> batch = next(); !batch.isEmpty(); batch = next()) {
				for (Indexed verbatim : batch) {
					writer.updateDocument(new Term("id", Long.toString(verbatim.id())), document(verbatim));
				}
				indexed += batch.size();
			}
			List<Erasure> erased = jdbc.sql("select id, customer_id, written_before from voice_erasure where id > ? order by id").param(erasure)
				.query((rs, n) -> new Erasure(rs.getLong("id"), (Long) rs.getObject("customer_id"), rs.getTimestamp("written_before"))).list();
			for (Erasure entry : erased) {
				writer.deleteDocuments(entry.customerId() != null ? new TermQuery(new Term("customer", entry.customerId().toString()))
						: LongPoint.newRangeQuery("written", Long.MIN_VALUE, entry.writtenBefore().getTime() - 1));
				erasure = entry.id();
			}
			if (!erased.isEmpty()) {
				// the erased texts' words leave the files too, not only the live documents
				writer.forceMergeDeletes();
			}
			if (indexed > 0 || !erased.isEmpty()) {
				writer.setLiveCommitData(Map.of(DATABASE, database, SEQ, Long.toString(seq), ERASURE, Long.toString(erasure)).entrySet());
				writer.commit();
				searchers.maybeRefreshBlocking();
			}
			return indexed;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<Indexed> next() {
		List<Indexed> batch = new ArrayList<>();
		jdbc.sql("select id, customer_id, language, written_at, body, seq from verbatim where seq > ? order by seq limit ?").params(seq, BATCH)
			.query(rs -> {
				batch.add(new Indexed(rs.getLong("id"), (Long) rs.getObject("customer_id"), rs.getString("language"),
						rs.getTimestamp("written_at").toInstant(), rs.getString("body")));
				seq = rs.getLong("seq");
			});
		return batch;
	}

	private static Document document(Indexed verbatim) {
		Document document = new Document();
		document.add(new StringField("id", Long.toString(verbatim.id()), Field.Store.YES));
		if (verbatim.customerId() != null) {
			document.add(new StringField("customer", verbatim.customerId().toString(), Field.Store.NO));
		}
		document.add(new LongPoint("written", verbatim.writtenAt().toEpochMilli()));
		// one field per language, each analysed by its own analyser (the field's name chooses it)
		document.add(new TextField("en".equals(verbatim.language()) ? "en" : "fr", verbatim.body(), Field.Store.NO));
		return document;
	}

	/**
	 * The verbatims holding every word of {@code words} (analysed as French in French texts, as English in English
	 * ones), best first: their ids, at most {@code most}.
	 */
	List<Long> search(String words, int most) {
		Query query = new BooleanQuery.Builder().add(allWords("fr", words), Occur.SHOULD).add(allWords("en", words), Occur.SHOULD).build();
		return IndexedIds.search(searchers, query, most);
	}

	private static Query allWords(String language, String words) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		TextAnalysis.words(words, language).forEach(word -> all.add(new TermQuery(new Term(language, word)), Occur.MUST));
		return all.build();
	}

	@PreDestroy
	void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
		if (ownIndex != null) {
			try (var files = Files.walk(ownIndex)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}
}
