package fr.fidele.knowledge;

/** An article was written: created, or given a new version. */
public record ArticleWritten(long articleId, String slug, int version) {
}
