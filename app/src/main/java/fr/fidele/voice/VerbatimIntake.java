package fr.fidele.voice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the texts customers write from the contracts their modules publish (V41), analyses each (sentiment, themes)
 * and keeps it as a verbatim. Each source is read past the last text read, and again over the last few hundred
 * before it: a text whose transaction committed after a later one's is not missed. One instance reads a source at a
 * time (its row locked, the others skip it). When the themes or the sentiment classifier change, every verbatim is
 * analysed again.
 */
@Component
public class VerbatimIntake {

	private static final int BATCH = 2000;
	/** Texts read again before the last one read, for the transactions that committed late. */
	private static final int LOOK_BACK = 500;
	/** New comments that call for a training before the night's. */
	private static final int FEWEST_NEW_COMMENTS = 100;

	private record Analysed(long id, String language, String body, Sentiment sentiment, List<String> topics) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final TopicTaxonomy taxonomy;
	private final CompanySentiment sentiment;
	private final NamedParameterJdbcTemplate batches;
	private final AtomicReference<Instant> matcherOf = new AtomicReference<>(Instant.MIN);
	private volatile TopicMatcher matcher = new TopicMatcher(List.of());
	/** Survey comments kept since the sentiment was last trained, and how many it was trained on (-1: never trained). */
	private final AtomicLong commentsSinceTraining = new AtomicLong();
	private volatile long trainedOn = -1;

	VerbatimIntake(JdbcClient jdbc, TransactionTemplate transactions, TopicTaxonomy taxonomy, CompanySentiment sentiment,
			NamedParameterJdbcTemplate batches) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.taxonomy = taxonomy;
		this.sentiment = sentiment;
		this.batches = batches;
	}

	@Scheduled(fixedDelayString = "${fidele.voice.intake-every:PT30S}", initialDelay = 20, timeUnit = TimeUnit.SECONDS)
	void scheduled() {
		readNew();
	}

	/** The sentiment trained again on the comments there are, each night. */
	@Scheduled(cron = "${fidele.voice.training-cron:0 40 3 * * *}")
	void nightly() {
		if (sentiment.train()) {
			analyseAgain();
		}
	}

	/** Reads and analyses every source's new texts now, without waiting for the schedule; answers how many were kept. */
	public int readNew() {
		boolean analyseAgain = refreshMatcher();
		int kept = 0;
		for (TextSource source : TextSource.values()) {
			for (int read = BATCH; read == BATCH;) {
				Integer batch = transactions.execute(status -> readBatch(source));
				read = batch == null ? 0 : batch;
				kept += read;
				if (source == TextSource.SURVEY) {
					commentsSinceTraining.addAndGet(read);
				}
			}
		}
		// trained at the first look, and again once the comments kept since outnumber those it was trained on (a demo
		// or an import loaded after the start), besides each night
		if (trainedOn < 0 || commentsSinceTraining.get() > Math.max(FEWEST_NEW_COMMENTS, trainedOn)) {
			commentsSinceTraining.set(0);
			analyseAgain |= sentiment.train();
			trainedOn = sentiment.choices().stream().mapToLong(choice -> choice.trainedOn() + choice.keptAside()).sum();
		}
		if (analyseAgain) {
			analyseAgain();
		}
		return kept;
	}

	/** Reads one text again, changed in place (a survey comment amended). */
	void readAgain(TextSource source, long sourceId) {
		refreshMatcher();
		transactions.executeWithoutResult(status -> keep(source, rows(source, "t.source_id = :from", sourceId)));
	}

	private int readBatch(TextSource source) {
		Long readTo = jdbc.sql("select read_to from voice_intake where source = ? for update skip locked").param(source.name())
			.query(Long.class).optional().orElse(null);
		if (readTo == null) {
			// another instance is reading it
			return 0;
		}
		List<WrittenText> rows = rows(source, """
				t.source_id > :from and not exists (select 1 from verbatim v where v.source = :source and v.source_id = t.source_id)""",
				readTo - LOOK_BACK);
		keep(source, rows);
		long last = rows.stream().mapToLong(WrittenText::sourceId).max().orElse(readTo);
		jdbc.sql("update voice_intake set read_to = greatest(read_to, ?) where source = ?").params(last, source.name()).update();
		// only texts not kept yet are read: a full batch means there may be more, and each batch keeps what it read
		return rows.size();
	}

	private List<WrittenText> rows(TextSource source, String condition, long from) {
		return jdbc.sql("""
				select t.source_id, t.customer_id, t.contact_id, coalesce(t.language, c.language, 'fr') as language, t.written_at, t.body
				from %s t left join customer_facts c on c.id = t.customer_id
				where %s order by t.source_id limit :batch""".formatted(source.view(), condition))
			.param("from", from).param("source", source.name()).param("batch", BATCH)
			.query((rs, n) -> new WrittenText(source, rs.getLong("source_id"), (Long) rs.getObject("customer_id"),
					(Long) rs.getObject("contact_id"), rs.getString("language"), rs.getTimestamp("written_at").toInstant(), rs.getString("body")))
			.list();
	}

	private void keep(TextSource source, List<WrittenText> rows) {
		TopicMatcher topics = matcher;
		SqlParameterSource[] values = rows.stream().map(row -> new MapSqlParameterSource().addValue("source", source.name())
			.addValue("sourceId", row.sourceId()).addValue("customer", row.customerId()).addValue("contact", row.contactId())
			.addValue("language", row.language()).addValue("writtenAt", Timestamp.from(row.writtenAt())).addValue("body", row.body())
			.addValue("sentiment", sentiment.classify(row.body(), row.language()).name())
			.addValue("topics", String.join(",", topics.topicsOf(TextAnalysis.words(row.body(), row.language()), row.language()))))
			.toArray(SqlParameterSource[]::new);
		batches.batchUpdate("""
				insert into verbatim (source, source_id, customer_id, contact_id, language, written_at, body, sentiment, topics)
				values (:source, :sourceId, :customer, :contact, :language, :writtenAt, :body, :sentiment, string_to_array(:topics, ','))
				on conflict (source, source_id) do update set customer_id = excluded.customer_id, contact_id = excluded.contact_id,
				  language = excluded.language, written_at = excluded.written_at, body = excluded.body, sentiment = excluded.sentiment,
				  topics = excluded.topics, seq = nextval('verbatim_seq')""", values);
	}

	/** Builds the matcher again when the taxonomy changed since; answers whether it did. */
	private boolean refreshMatcher() {
		Instant changed = taxonomy.changedAt();
		Instant built = matcherOf.get();
		if (!changed.isAfter(built) || !matcherOf.compareAndSet(built, changed)) {
			return false;
		}
		matcher = new TopicMatcher(taxonomy.all());
		return !built.equals(Instant.MIN);
	}

	/** Every verbatim analysed again with the current themes and classifier; only those whose analysis changed are written. */
	void analyseAgain() {
		TopicMatcher topics = matcher;
		for (long after = 0;;) {
			long from = after;
			List<Analysed> batch = jdbc.sql("select id, language, body, sentiment, topics from verbatim where id > ? order by id limit ?")
				.params(from, BATCH)
				.query((rs, n) -> new Analysed(rs.getLong("id"), rs.getString("language"), rs.getString("body"),
						Sentiment.valueOf(rs.getString("sentiment")), List.of((String[]) rs.getArray("topics").getArray())))
				.list();
			if (batch.isEmpty()) {
				sentiment.analysedWithCurrent();
				return;
			}
			transactions.executeWithoutResult(status -> batch.forEach(verbatim -> {
				Sentiment now = sentiment.classify(verbatim.body(), verbatim.language());
				List<String> found = topics.topicsOf(TextAnalysis.words(verbatim.body(), verbatim.language()), verbatim.language());
				if (now != verbatim.sentiment() || !found.equals(verbatim.topics())) {
					jdbc.sql("update verbatim set sentiment = ?, topics = string_to_array(?, ','), seq = nextval('verbatim_seq') where id = ?")
						.params(now.name(), String.join(",", found), verbatim.id()).update();
				}
			}));
			after = batch.get(batch.size() - 1).id();
		}
	}
}
