package fr.fidele.voice;

import java.time.Instant;

/**
 * Which verbatims to show: holding every word of {@code words} (by the analysis of their language; blank: any), about a
 * theme, of a sentiment, from a source, written since a moment; each null or blank means any.
 */
public record VerbatimSearch(String words, String topic, Sentiment sentiment, TextSource source, Instant since) {

	/** Any verbatim about {@code topic}. */
	public static VerbatimSearch about(String topic) {
		return new VerbatimSearch(null, topic, null, null, null);
	}
}
