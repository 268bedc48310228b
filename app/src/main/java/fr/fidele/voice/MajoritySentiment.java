package fr.fidele.voice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The plainest reference: whatever the text, the sentiment most common among the training texts. */
public final class MajoritySentiment implements SentimentClassifier {

	private final Sentiment majority;

	public MajoritySentiment(List<LabelledText> training) {
		Map<Sentiment, Long> counts = training.stream().collect(Collectors.groupingBy(LabelledText::sentiment, Collectors.counting()));
		// ties go to the first sentiment in order, so the reference is the same on every run
		this.majority = counts.entrySet().stream().max(Comparator.comparing(Map.Entry<Sentiment, Long>::getValue)
			.thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).map(Map.Entry::getKey).orElse(Sentiment.NEUTRAL);
	}

	@Override
	public Sentiment classify(String text) {
		return majority;
	}
}
