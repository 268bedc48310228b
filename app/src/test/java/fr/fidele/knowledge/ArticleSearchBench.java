package fr.fidele.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * bench/knowledge/run.sh: searching 100,000 articles, beside PostgreSQL's own full-text search in the same run. The
 * articles are made of French customer texts (the DEFT 2017 tweets and the Trustpilot reviews, four per article, drawn
 * with a fixed seed), the searches of one to four words of texts kept out of the articles (the DEFT validation tweets).
 * Measured on one thread: building the index, then each search's latency (Lucene alone; Fidèle's whole search, the
 * index then the articles read from PostgreSQL; PostgreSQL's {@code tsvector} with a GIN index).
 */
public final class ArticleSearchBench {

	private static final int WARM_UP = 2_000;
	private static final int SEARCHES = 10_000;
	/** PostgreSQL's search is slower by an order of magnitude: fewer rounds of the same searches keep the run short. */
	private static final int POSTGRES_SEARCHES = 1_000;
	private static final int TOP = 20;

	private ArticleSearchBench() {
	}

	public static void main(String[] arguments) throws Exception {
		Path data = Path.of(arguments[0]);
		int articles = Integer.parseInt(arguments[2]);
		// a pool, as the application has: a connection per search would time the connection, not the search
		HikariDataSource database = new HikariDataSource();
		database.setJdbcUrl(arguments[1]);
		database.setUsername("postgres");
		database.setMaximumPoolSize(2);
		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
		List<String> texts = texts(data);
		List<String> queries = queries(Files.readAllLines(data.resolve("french-tweets-deft2017/val_text.txt"), StandardCharsets.UTF_8));
		long started = System.nanoTime();
		write(database, texts, articles);
		System.out.printf(Locale.ROOT, "%d articles written in %.1f s, from %d texts; %d searches of 1 to 4 words%n", articles,
				seconds(started), texts.size(), queries.size());

		JdbcClient jdbc = JdbcClient.create(database);
		Clock clock = Clock.systemUTC();
		ArticleIndex index = new ArticleIndex(jdbc, new Synonyms(jdbc, clock));
		started = System.nanoTime();
		index.catchUp();
		double indexing = seconds(started);
		System.gc();
		long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		started = System.nanoTime();
		// PostgreSQL at its best: the words kept in a stored column (not analysed again to rank), a GIN index on them
		jdbc.sql("alter table article_version add column bench_words tsvector generated always as (to_tsvector('french', title_fr || ' ' || body_fr)) stored")
			.update();
		jdbc.sql("create index bench_french on article_version using gin (bench_words)").update();
		double gin = seconds(started);
		System.out.printf(Locale.ROOT, "Lucene index built in %.1f s (heap after a GC: %d MB); PostgreSQL's stored words and GIN index in %.1f s%n", indexing,
				heap >> 20, gin);

		ArticleSearch search = new ArticleSearch(index, new Articles(jdbc, null, event -> { }, clock));
		System.out.println("| search (top 20, one thread) | searches | p50 ms | p95 ms | p99 ms | max ms | mean hits returned |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|");
		report("Lucene index alone (ids)", queries, q -> index.search(q, "fr", false, null, TOP).size());
		report("Fidèle's search, advisors (index + articles read + excerpts)", queries, q -> search.search(q, "fr", false, null, TOP).size());
		report("Fidèle's search, help centre (public only)", queries, q -> search.search(q, "fr", true, null, TOP).size());
		report("PostgreSQL full-text (stored tsvector, GIN, ts_rank, words OR-ed)", queries, q -> postgres(jdbc, q), POSTGRES_SEARCHES);
		// the index's directory is deleted with it, as at an instance's stop
		index.close();
		database.close();
	}

	/** The measured function answers how many articles it returned, so that no engine is timed for finding nothing. */
	private interface Measured {
		int run(String query) throws Exception;
	}

	private static void report(String name, List<String> queries, Measured measured) throws Exception {
		report(name, queries, measured, SEARCHES);
	}

	private static void report(String name, List<String> queries, Measured measured, int searches) throws Exception {
		for (int i = 0; i < Math.min(WARM_UP, searches / 5); i++) {
			measured.run(queries.get(i % queries.size()));
		}
		double[] millis = new double[searches];
		long hits = 0;
		for (int i = 0; i < searches; i++) {
			long started = System.nanoTime();
			hits += measured.run(queries.get(i % queries.size()));
			millis[i] = (System.nanoTime() - started) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.1f | %.1f |%n", name, searches, millis[searches / 2],
				millis[searches * 95 / 100], millis[searches * 99 / 100], millis[searches - 1], hits / (double) searches);
	}

	private static int postgres(JdbcClient jdbc, String query) {
		String words = String.join(" | ", Arrays.stream(query.split("\\s+")).map(word -> word.replaceAll("[^\\p{L}]", "")).filter(w -> !w.isEmpty())
			.toList());
		return jdbc.sql("""
				select article_id from article_version where bench_words @@ to_tsquery('french', ?)
				order by ts_rank(bench_words, to_tsquery('french', ?)) desc limit ?""")
			.params(words, words, TOP).query(Long.class).list().size();
	}

	private static void write(HikariDataSource database, List<String> texts, int articles) throws SQLException {
		SplittableRandom random = new SplittableRandom(15);
		Timestamp now = new Timestamp(System.currentTimeMillis());
		try (Connection connection = database.getConnection()) {
			connection.setAutoCommit(false);
			connection.createStatement().execute("insert into article_category (code, name_fr, name_en) values ('BENCH', 'Banc', 'Bench')");
			try (PreparedStatement article = connection.prepareStatement("""
					insert into article (id, slug, category, audience, owner_id, review_on, version, created_at)
					values (?, ?, 'BENCH', ?, 1, ?, 1, ?)""");
					PreparedStatement version = connection.prepareStatement("""
							insert into article_version (article_id, version, title_fr, body_fr, written_by, written_at) values (?, 1, ?, ?, 1, ?)""")) {
				for (int id = 1; id <= articles; id++) {
					StringBuilder body = new StringBuilder();
					for (int t = 0; t < 4; t++) {
						body.append(texts.get(random.nextInt(texts.size()))).append("\n\n");
					}
					String title = String.join(" ", Arrays.asList(body.toString().strip().split("\\s+")).subList(0, 6));
					batch(article, id, "article-" + id, id % 2 == 0 ? "PUBLIC" : "INTERNAL", java.sql.Date.valueOf(LocalDate.now().plusYears(1)), now);
					batch(version, id, title, body.toString(), now);
					if (id % 1000 == 0) {
						article.executeBatch();
						version.executeBatch();
					}
				}
				article.executeBatch();
				version.executeBatch();
			}
			connection.createStatement().execute("select setval('article_id_seq', " + articles + ")");
			connection.commit();
		}
	}

	private static void batch(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
		statement.addBatch();
	}

	/** The texts the articles are made of: the DEFT training and test tweets and the Trustpilot reviews. */
	private static List<String> texts(Path data) throws IOException {
		List<String> texts = new ArrayList<>();
		for (String part : List.of("train", "test")) {
			texts.addAll(Files.readAllLines(data.resolve("french-tweets-deft2017/" + part + "_text.txt"), StandardCharsets.UTF_8));
		}
		try (Reader reader = Files.newBufferedReader(data.resolve("french-reviews-trustpilot/trustpilot_to_predict.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				texts.add(row.get("review"));
			}
		}
		texts.removeIf(String::isBlank);
		return texts;
	}

	/** One to four words (of four letters or more) of each held-out text, in a fixed random order. */
	private static List<String> queries(List<String> heldOut) {
		SplittableRandom random = new SplittableRandom(16);
		List<String> queries = new ArrayList<>();
		for (String text : heldOut) {
			List<String> words = Arrays.stream(text.split("[^\\p{L}]+")).filter(word -> word.length() >= 4).toList();
			if (!words.isEmpty()) {
				int count = 1 + random.nextInt(Math.min(4, words.size()));
				int from = random.nextInt(words.size() - count + 1);
				queries.add(String.join(" ", words.subList(from, from + count)).toLowerCase(Locale.ROOT));
			}
		}
		return queries;
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}
}
