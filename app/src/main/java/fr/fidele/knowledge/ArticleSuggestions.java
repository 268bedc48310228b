package fr.fidele.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.fidele.voice.Verbatim;
import fr.fidele.voice.Verbatims;
import org.springframework.stereotype.Service;

/**
 * The articles to suggest beside a contact: first those written for its reason, then those the customer's own words on
 * this contact find (an email, a chat, a message), without repeats.
 */
@Service
public class ArticleSuggestions {

	public static final int MOST = 5;
	/** Enough of what the customer wrote to find articles; the rest adds noise more than meaning. */
	private static final int WORDS = 400;

	private final Articles articles;
	private final ArticleSearch search;
	private final Verbatims verbatims;

	ArticleSuggestions(Articles articles, ArticleSearch search, Verbatims verbatims) {
		this.articles = articles;
		this.search = search;
		this.verbatims = verbatims;
	}

	public List<ArticleSearch.Found> forContact(long contactId, String reasonCode, String language) {
		Map<Long, ArticleSearch.Found> suggested = new LinkedHashMap<>();
		if (reasonCode != null) {
			articles.forReasons(List.of(reasonCode), MOST).forEach(article -> suggested.put(article.id(), ArticleSearch.found(article, language)));
		}
		String written = verbatims.ofContact(contactId, 3).stream().map(Verbatim::body).collect(Collectors.joining(" "));
		if (!written.isBlank() && suggested.size() < MOST) {
			String words = written.length() > WORDS ? written.substring(0, WORDS) : written;
			search.search(words, language, false, null, MOST).forEach(found -> suggested.putIfAbsent(found.article().id(), found));
		}
		return suggested.values().stream().limit(MOST).toList();
	}
}
