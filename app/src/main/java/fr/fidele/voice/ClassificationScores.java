package fr.fidele.voice;

import java.util.List;

/**
 * How well a classifier did on texts kept aside: accuracy, and the macro-averaged F1 (each sentiment's F1, the
 * harmonic mean of its precision and recall, averaged with equal weights, so a rare sentiment counts as much as a
 * common one; a sentiment never predicted has precision 0).
 */
public record ClassificationScores(int texts, double accuracy, double macroF1) {

	public static ClassificationScores of(List<Sentiment> truth, List<Sentiment> predicted) {
		if (truth.size() != predicted.size() || truth.isEmpty()) {
			throw new IllegalArgumentException("one prediction per labelled text, at least one");
		}
		int correct = 0;
		double f1s = 0;
		for (int i = 0; i < truth.size(); i++) {
			correct += truth.get(i) == predicted.get(i) ? 1 : 0;
		}
		for (Sentiment sentiment : Sentiment.values()) {
			int truePositives = 0;
			int predictedAs = 0;
			int actually = 0;
			for (int i = 0; i < truth.size(); i++) {
				boolean is = truth.get(i) == sentiment;
				boolean said = predicted.get(i) == sentiment;
				truePositives += is && said ? 1 : 0;
				predictedAs += said ? 1 : 0;
				actually += is ? 1 : 0;
			}
			double precision = predictedAs == 0 ? 0 : (double) truePositives / predictedAs;
			double recall = actually == 0 ? 0 : (double) truePositives / actually;
			f1s += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		}
		return new ClassificationScores(truth.size(), (double) correct / truth.size(), f1s / Sentiment.values().length);
	}

	/** The scores of {@code classifier} on {@code texts}. */
	public static ClassificationScores of(SentimentClassifier classifier, List<LabelledText> texts) {
		return of(texts.stream().map(LabelledText::sentiment).toList(), texts.stream().map(text -> classifier.classify(text.text())).toList());
	}
}
