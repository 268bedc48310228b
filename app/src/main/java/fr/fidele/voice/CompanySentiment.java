package fr.fidele.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private record Labelled(long invitation, String language, LabelledText text) {
	}

	private final JdbcClient jdbc;
	private final Map<String, SentimentClassifier> inUse = new ConcurrentHashMap<>();
	private final Map<String, SentimentChoice> choices = new ConcurrentHashMap<>();

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

	/** Trains again on the comments there are now; answers whether a language's classifier changed. */
	boolean train() {
		List<Labelled> labelled = jdbc.sql("""
				select t.source_id, coalesce(t.language, c.language, 'fr') as language, t.body,
				       bool_or(s.measure = 'CSAT' and s.score <= 2 or s.measure = 'NPS' and s.score <= 6) as unhappy,
				       bool_or(s.measure = 'CSAT' and s.score >= 4 or s.measure = 'NPS' and s.score >= 9) as happy
				from survey_customer_text t join survey_score_facts s on s.invitation_id = t.source_id
				left join customer_facts c on c.id = t.customer_id
				where s.measure in ('CSAT', 'NPS')
				group by t.source_id, t.language, c.language, t.body""")
			.query((rs, n) -> new Labelled(rs.getLong("source_id"), rs.getString("language"), new LabelledText(rs.getString("body"),
					rs.getBoolean("unhappy") ? Sentiment.NEGATIVE : rs.getBoolean("happy") ? Sentiment.POSITIVE : Sentiment.NEUTRAL)))
			.list();
		boolean changed = false;
		for (String language : LANGUAGES) {
			changed |= choose(language, labelled.stream().filter(text -> text.language().equals(language)).toList());
		}
		return changed;
	}

	private boolean choose(String language, List<Labelled> labelled) {
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
		SentimentChoice before = choices.put(language, choice);
		inUse.put(language, classifier);
		return choice.trainedModel() || before != null && before.trainedModel();
	}
}
