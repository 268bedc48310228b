package fr.fidele.knowledge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.knowledge.Article;
import fr.fidele.knowledge.ArticleCategories;
import fr.fidele.knowledge.ArticleCategories.Category;
import fr.fidele.knowledge.ArticleDraft;
import fr.fidele.knowledge.ArticleFeedback;
import fr.fidele.knowledge.ArticleSearch;
import fr.fidele.knowledge.ArticleVersion;
import fr.fidele.knowledge.Articles;
import fr.fidele.knowledge.Audience;
import fr.fidele.knowledge.HelpCentre;
import fr.fidele.knowledge.Reader;
import fr.fidele.knowledge.SelfService;
import fr.fidele.knowledge.Synonyms;
import fr.fidele.platform.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/knowledge")
@Tag(name = "Knowledge", description = "Articles for advisors and the help centre: written in versions, searched, judged useful or not; categories, synonyms and the help centre's colours")
class KnowledgeApiController {

	/** An advisor's answer to "was this useful?", on a contact where they read it (null: none). */
	record Answer(Boolean useful, String language, Long contactId) {
	}

	/** The synonyms of a language, one group per line. */
	record SynonymLines(String lines) {
	}

	private final Articles articles;
	private final ArticleSearch search;
	private final ArticleCategories categories;
	private final ArticleFeedback feedback;
	private final Synonyms synonyms;
	private final HelpCentre helpCentre;
	private final SelfService selfService;
	private final Clock clock;

	KnowledgeApiController(Articles articles, ArticleSearch search, ArticleCategories categories, ArticleFeedback feedback, Synonyms synonyms,
			HelpCentre helpCentre, SelfService selfService, Clock clock) {
		this.selfService = selfService;
		this.articles = articles;
		this.search = search;
		this.categories = categories;
		this.feedback = feedback;
		this.synonyms = synonyms;
		this.helpCentre = helpCentre;
		this.clock = clock;
	}

	@GetMapping("/articles")
	@Operation(summary = "Searches the articles (q, in the language given, French by default), or lists them by category and audience")
	List<ArticleSearch.Found> articles(@RequestParam(required = false) String q, @RequestParam(required = false) String language,
			@RequestParam(required = false) String category, @RequestParam(required = false) Audience audience,
			@RequestParam(defaultValue = "20") int most) {
		String lang = language == null ? "fr" : language;
		if (q != null && !q.isBlank()) {
			return search.search(q, lang, audience == Audience.PUBLIC, category, most);
		}
		return articles.all(category, audience).stream().map(article -> ArticleSearch.found(article, lang)).toList();
	}

	@PostMapping("/articles")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Writes a new article: slug, category, audience (INTERNAL or PUBLIC), review date, reasons it answers, title and body (Markdown) in French and/or English")
	Article create(@RequestBody ArticleDraft draft, SignedInUser me) {
		return articles.create(draft, me.id());
	}

	@GetMapping("/articles/{slug}")
	@Operation(summary = "An article as it stands")
	Article one(@PathVariable String slug) {
		return articles.get(slug);
	}

	@PutMapping("/articles/{slug}")
	@Operation(summary = "Writes the next version of an article; the earlier ones are kept")
	Article write(@PathVariable String slug, @RequestBody ArticleDraft draft, SignedInUser me) {
		return articles.write(slug, draft, me.id());
	}

	@GetMapping("/articles/{slug}/versions")
	@Operation(summary = "Every version of an article, the latest first")
	List<ArticleVersion> versions(@PathVariable String slug) {
		return articles.versions(slug);
	}

	@PostMapping("/articles/{slug}/feedback")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Was this useful? An advisor's answer, on the contact where they read the article")
	void answer(@PathVariable String slug, @RequestBody Answer answer, SignedInUser me) {
		if (answer.useful() == null) {
			throw new InvalidFieldException("useful", "required");
		}
		feedback.answered(slug, answer.language() == null ? me.language() : answer.language(), answer.useful(), Reader.ADVISOR, me.id(),
				answer.contactId());
	}

	@GetMapping("/self-service")
	@Operation(summary = "The help centre's articles a signed-in customer read on a self-service contact")
	List<SelfService.Read> selfService(@RequestParam long contact) {
		return selfService.ofContact(contact);
	}

	@GetMapping("/review-due")
	@Operation(summary = "The articles whose review date has come, the oldest first")
	List<Article> reviewDue() {
		return articles.dueForReview(LocalDate.now(clock));
	}

	@GetMapping("/usefulness")
	@Operation(summary = "Per article, the share of readers who found it useful, advisors and customers apart, with 95% intervals")
	List<ArticleFeedback.Usefulness> usefulness(Locale locale) {
		return feedback.usefulness(locale.getLanguage());
	}

	@GetMapping("/categories")
	@Operation(summary = "The categories, in their order")
	List<Category> categories() {
		return categories.all();
	}

	@PutMapping("/categories/{code}")
	@Operation(summary = "Creates or renames a category")
	Category category(@PathVariable String code, @RequestBody Category category) {
		return categories.save(new Category(code, category.nameFr(), category.nameEn(), category.position()));
	}

	@GetMapping("/synonyms/{language}")
	@Operation(summary = "The synonyms the search knows in this language (fr or en), one group per line")
	SynonymLines synonyms(@PathVariable String language) {
		return new SynonymLines(synonyms.lines(language));
	}

	@PutMapping("/synonyms/{language}")
	@Operation(summary = "Replaces the synonyms of a language: 'a, b, c' for equivalent words, 'a => b' one way, '#' for a comment")
	SynonymLines synonyms(@PathVariable String language, @RequestBody SynonymLines lines, SignedInUser me) {
		synonyms.save(language, lines.lines(), me.id());
		return new SynonymLines(synonyms.lines(language));
	}

	@GetMapping("/help-centre")
	@Operation(summary = "The public help centre's name and colour")
	HelpCentre.Settings helpCentre() {
		return helpCentre.settings();
	}

	@PutMapping("/help-centre")
	@Operation(summary = "Sets the public help centre's name and colour (#rrggbb)")
	HelpCentre.Settings helpCentre(@RequestBody HelpCentre.Settings settings) {
		return helpCentre.save(settings);
	}
}
