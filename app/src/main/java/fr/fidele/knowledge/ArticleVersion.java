package fr.fidele.knowledge;

import java.time.Instant;

/** One version of an article's words, kept when the next is written. */
public record ArticleVersion(int version, String titleFr, String bodyFr, String titleEn, String bodyEn, long writtenBy, Instant writtenAt) {
}
