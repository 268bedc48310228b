package fr.fidele.voice;

/**
 * The classifier in use for one language and how it was chosen: a model trained on {@code trainedOn} of the
 * company's labelled comments, measured with the word list and the majority class on the fifth kept aside
 * ({@code keptAside} texts); the model is used only when it does better than the word list. Without enough
 * comments, the word list, and no measures (null).
 */
public record SentimentChoice(String language, boolean trainedModel, int trainedOn, int keptAside, ClassificationScores model,
		ClassificationScores wordList, ClassificationScores majority) {
}
