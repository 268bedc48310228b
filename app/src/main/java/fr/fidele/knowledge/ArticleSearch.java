package fr.fidele.knowledge;

import java.util.List;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.Markdown;
import org.springframework.stereotype.Service;

/** Searching the knowledge base: advisors see every article, customers in the help centre the public ones. */
@Service
public class ArticleSearch {

	/** An article found, with the start of its words in the reader's language. */
	public record Found(Article article, String language, String title, String excerpt) {
	}

	public static final int MOST = 50;
	static final int WORDS_LENGTH = 500;
	private static final int EXCERPT = 240;

	private final ArticleIndex index;
	private final Articles articles;

	ArticleSearch(ArticleIndex index, Articles articles) {
		this.index = index;
		this.articles = articles;
	}

	/** The articles answering {@code words} in {@code language}, best first, at most {@code most} (up to 50). */
	public List<Found> search(String words, String language, boolean publicOnly, String category, int most) {
		if (words == null || words.isBlank()) {
			return List.of();
		}
		if (words.length() > WORDS_LENGTH) {
			throw new InvalidFieldException("q", "tooLong", WORDS_LENGTH);
		}
		List<Long> ids = index.search(words, language, publicOnly, category, Math.max(1, Math.min(most, MOST)));
		// an article made internal since it was indexed stays out of the public's results
		return articles.byIds(ids).stream().filter(article -> !publicOnly || article.audience() == Audience.PUBLIC)
			.map(article -> found(article, language)).toList();
	}

	public static Found found(Article article, String language) {
		String shown = article.languageFor(language);
		return new Found(article, shown, article.title(shown), Markdown.excerpt(article.body(shown), EXCERPT));
	}
}
