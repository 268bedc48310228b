package fr.fidele.voice;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the sentiment of the company's texts, per language. The model is trained on the company's own survey comments,
 * labelled by the scores given with them (a CSAT of 1–2 or an NPS of 0–6 is negative, 4–5 or 9–10 positive, the
 * rest neutral), four fifths to learn from and one kept aside to measure it beside the word list and the majority
 * class; it is used once each sentiment has enough examples and it measures better than the word list, which tells
 * the sentiment until then. Tweets or reviews from elsewhere teach the vocabulary of delivery and refunds poorly
 * (docs/voice.md): the company's own words do.
 */
@Component
public class CompanySentiment {

	private static final Logger log = LoggerFactory.getLogger(CompanySentiment.class);
	/** Examples of each sentiment the model must learn from before it is tried. */
	static final int FEWEST_PER_SENTIMENT = 20;
	private static final List<String> LANGUAGES = List.of("fr", "en");
	private static final byte[] WORD_LIST = "word list".getBytes(StandardCharsets.UTF_8);
	/** Part of every model's digest: change it with the way models are trained, so that the verbatims are analysed again. */
	private static final byte[] MODEL_TRAINING = "sentiment model 1".getBytes(StandardCharsets.UTF_8);

	private record Labelled(long invitation, String language, LabelledText text) {
	}

	private final JdbcClient jdbc;
	private final Map<String, SentimentClassifier> inUse = new ConcurrentHashMap<>();
	private final Map<String, SentimentChoice> choices = new ConcurrentHashMap<>();
	/** What each language's classifier in use was trained on: a digest of its comments, or the word list's name. */
	private final Map<String, byte[]> trainings = new ConcurrentHashMap<>();

	CompanySentiment(JdbcClient jdbc) {
		this.jdbc = jdbc;
		LANGUAGES.forEach(language -> {
			inUse.put(language, new LexiconSentiment(language));
			choices.put(language, new SentimentChoice(language, false, 0, 0, null, null, null));
		});
	}

	Sentiment classify(String text, String language) {
		return inUse.getOrDefault(language, inUse.get("fr")).classify(text);
	}

	/** What tells each language's sentiment, and how it measured. */
	public List<SentimentChoice> choices() {
		return LANGUAGES.stream().map(choices::get).toList();
	}

	/**
	 * Trains again on the comments there are now; answers whether a language's classifier differs from the one the
	 * verbatims were last all analysed with ({@link #analysedWithCurrent}), in this process or before its restart.
	 */
	boolean train() {
		List<Labelled> labelled = jdbc.sql("""
				select t.source_id, coalesce(t.language, c.language, 'fr') as language, t.body,
				       bool_or(s.measure = 'CSAT' and s.score <= 2 or s.measure = 'NPS' and s.score <= 6) as unhappy,
				       bool_or(s.measure = 'CSAT' and s.score >= 4 or s.measure = 'NPS' and s.score >= 9) as happy
				from survey_customer_text t join survey_score_facts s on s.invitation_id = t.source_id
				left join customer_facts c on c.id = t.customer_id
				where s.measure in ('CSAT', 'NPS')
				group by t.source_id, t.language, c.language, t.body
				order by t.source_id""")
			.query((rs, n) -> new Labelled(rs.getLong("source_id"), rs.getString("language"), new LabelledText(rs.getString("body"),
					rs.getBoolean("unhappy") ? Sentiment.NEGATIVE : rs.getBoolean("happy") ? Sentiment.POSITIVE : Sentiment.NEUTRAL)))
			.list();
		for (String language : LANGUAGES) {
			choose(language, labelled.stream().filter(text -> text.language().equals(language)).toList());
		}
		Map<String, byte[]> analysed = new HashMap<>();
		jdbc.sql("select language, training from voice_sentiment_analysed")
			.query((RowCallbackHandler) rs -> analysed.put(rs.getString("language"), rs.getBytes("training")));
		return LANGUAGES.stream().anyMatch(language -> !Arrays.equals(trainings.get(language), analysed.get(language)));
	}

	/** Every verbatim was just analysed with the classifiers in use: a restart that trains them alike leaves them be. */
	void analysedWithCurrent() {
		trainings.forEach((language, training) -> jdbc.sql("""
				insert into voice_sentiment_analysed (language, training) values (?, ?)
				on conflict (language) do update set training = excluded.training, analysed_at = now()""")
			.params(language, training).update());
	}

	private void choose(String language, List<Labelled> labelled) {
		// the same fifth is kept aside at every training: by the invitation's number, not at random
		List<LabelledText> learn = new ArrayList<>();
		List<LabelledText> aside = new ArrayList<>();
		labelled.forEach(text -> (text.invitation() % 5 == 0 ? aside : learn).add(text.text()));
		boolean enough = !aside.isEmpty() && List.of(Sentiment.values()).stream()
			.allMatch(sentiment -> learn.stream().filter(text -> text.sentiment() == sentiment).count() >= FEWEST_PER_SENTIMENT);
		SentimentClassifier wordList = new LexiconSentiment(language);
		SentimentChoice choice;
		SentimentClassifier classifier = wordList;
		if (enough) {
			SentimentModel model = SentimentModel.train(learn, language);
			ClassificationScores modelScores = ClassificationScores.of(model, aside);
			ClassificationScores wordListScores = ClassificationScores.of(wordList, aside);
			boolean better = modelScores.macroF1() > wordListScores.macroF1();
			classifier = better ? model : wordList;
			choice = new SentimentChoice(language, better, learn.size(), aside.size(), modelScores, wordListScores,
					ClassificationScores.of(new MajoritySentiment(learn), aside));
			log.info("Sentiment ({}): a model trained on {} comments, macro-F1 {} on {} kept aside against {} for the word list: {}", language,
					learn.size(), modelScores.macroF1(), aside.size(), wordListScores.macroF1(), better ? "used" : "not used");
		}
		else {
			choice = new SentimentChoice(language, false, learn.size(), aside.size(), null, null, null);
		}
		choices.put(language, choice);
		inUse.put(language, classifier);
		trainings.put(language, classifier == wordList ? WORD_LIST : digest(labelled));
	}

	/**
	 * The comments a model learnt from, in invitation order, as it learnt them: the same comments train the same model
	 * (the fifth kept aside is chosen by number, the training has no randomness).
	 */
	private static byte[] digest(List<Labelled> labelled) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(MODEL_TRAINING);
			for (Labelled text : labelled) {
				byte[] body = text.text().text().getBytes(StandardCharsets.UTF_8);
				digest.update(ByteBuffer.allocate(16).putLong(text.invitation()).putInt(text.text().sentiment().ordinal())
					.putInt(body.length).array());
				digest.update(body);
			}
			return digest.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
