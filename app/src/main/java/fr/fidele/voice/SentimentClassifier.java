package fr.fidele.voice;

/** Tells the sentiment of a text: a trained model, or a reference it is measured against. */
public interface SentimentClassifier {

	Sentiment classify(String text);
}
