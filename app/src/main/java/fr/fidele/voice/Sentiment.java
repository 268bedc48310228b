package fr.fidele.voice;

/** What a text feels: negative, neutral or positive. */
public enum Sentiment {
	NEGATIVE, NEUTRAL, POSITIVE
}
