package fr.fidele.voice;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * bench/voice/run.sh: the sentiment classifier's measures and speed, beside the references of the same run. Trained on
 * DEFT 2017's training tweets, scored on its test tweets and on the Trustpilot reviews against their stars (1-2
 * negative, 3 neutral, 4-5 positive); then texts classified per second on the one thread this runs on.
 */
public final class SentimentBench {

	private SentimentBench() {
	}

	public static void main(String[] arguments) throws IOException {
		Path data = Path.of(arguments[0]);
		List<LabelledText> train = deft(data, "train");
		List<LabelledText> test = deft(data, "test");
		List<LabelledText> reviews = reviews(data.resolve("french-reviews-trustpilot/trustpilot_to_predict.csv"));
		long started = System.nanoTime();
		SentimentModel model = SentimentModel.train(train, "fr");
		double trainingSeconds = (System.nanoTime() - started) / 1e9;
		// the reviews' own majority (positive) is a prior no classifier is given: shown so that accuracy on skewed stars
		// is read against it
		List<SentimentClassifier> classifiers = List.of(model, new MajoritySentiment(train), new LexiconSentiment("fr"), new MajoritySentiment(reviews));
		List<String> names = List.of("trained (Tribuo, Lucene analysis)", "majority class of the training tweets", "word list",
				"majority class of the reviews themselves");
		System.out.println("| classifier | DEFT 2017 test: accuracy | macro-F1 | Trustpilot vs stars: accuracy | macro-F1 |");
		System.out.println("|---|---:|---:|---:|---:|");
		for (int c = 0; c < classifiers.size(); c++) {
			ClassificationScores tweets = ClassificationScores.of(classifiers.get(c), test);
			ClassificationScores stars = ClassificationScores.of(classifiers.get(c), reviews);
			System.out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", names.get(c), tweets.accuracy(), tweets.macroF1(), stars.accuracy(),
					stars.macroF1());
		}
		System.out.printf(Locale.ROOT, "training on %d tweets: %.2f s; Trustpilot: %d reviews%n", train.size(), trainingSeconds, reviews.size());
		System.out.println("Tribuo's confusion matrix of the trained model on the DEFT 2017 test tweets (rows: truth):");
		System.out.println(model.evaluation(test).getConfusionMatrix());
		for (SentimentClassifier classifier : List.of(model, new LexiconSentiment("fr"))) {
			System.out.printf(Locale.ROOT, "%s: %.0f texts/s on one thread%n", classifier.getClass().getSimpleName(), throughput(classifier, test));
		}
	}

	/** Texts classified per second, over ten seconds after two of warming. */
	private static double throughput(SentimentClassifier classifier, List<LabelledText> texts) {
		long warmUntil = System.nanoTime() + 2_000_000_000L;
		while (System.nanoTime() < warmUntil) {
			texts.forEach(text -> classifier.classify(text.text()));
		}
		long count = 0;
		long start = System.nanoTime();
		long end = start + 10_000_000_000L;
		while (System.nanoTime() < end) {
			for (LabelledText text : texts) {
				classifier.classify(text.text());
			}
			count += texts.size();
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static List<LabelledText> deft(Path data, String part) throws IOException {
		List<String> texts = Files.readAllLines(data.resolve("french-tweets-deft2017/" + part + "_text.txt"), StandardCharsets.UTF_8);
		List<String> labels = Files.readAllLines(data.resolve("french-tweets-deft2017/" + part + "_labels.txt"), StandardCharsets.UTF_8);
		List<LabelledText> read = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			read.add(new LabelledText(texts.get(i), Sentiment.values()[Integer.parseInt(labels.get(i).strip())]));
		}
		return read;
	}

	private static List<LabelledText> reviews(Path file) throws IOException {
		List<LabelledText> reviews = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				int stars = Integer.parseInt(row.get("rating").strip());
				reviews.add(new LabelledText(row.get("review"), stars <= 2 ? Sentiment.NEGATIVE : stars == 3 ? Sentiment.NEUTRAL : Sentiment.POSITIVE));
			}
		}
		return reviews;
	}
}
