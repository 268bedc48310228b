package fr.fidele.knowledge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.contacts.Reasons;
import fr.fidele.knowledge.Article;
import fr.fidele.knowledge.ArticleCategories;
import fr.fidele.knowledge.ArticleFeedback;
import fr.fidele.knowledge.ArticleSearch;
import fr.fidele.knowledge.Articles;
import fr.fidele.knowledge.Audience;
import fr.fidele.knowledge.Reader;
import fr.fidele.platform.Markdown;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base in Fidèle: {@code /knowledge} searches every article (internal and public) or lists a category,
 * with the articles due for review; {@code /knowledge/{slug}} shows one with its versions and asks whether it was
 * useful; supervisors and administrators write them ({@link ArticleEditPages}).
 */
@Controller
class KnowledgePages {

	private static final int RESULTS = 30;

	private final Articles articles;
	private final ArticleSearch search;
	private final ArticleCategories categories;
	private final ArticleFeedback feedback;
	private final PageActions actions;
	private final Reasons reasons;
	private final Clock clock;

	KnowledgePages(Articles articles, ArticleSearch search, ArticleCategories categories, ArticleFeedback feedback, PageActions actions,
			Reasons reasons, Clock clock) {
		this.articles = articles;
		this.search = search;
		this.categories = categories;
		this.feedback = feedback;
		this.actions = actions;
		this.reasons = reasons;
		this.clock = clock;
	}

	@GetMapping("/knowledge")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category, SignedInUser me, Locale locale,
			Model model) {
		String language = locale.getLanguage();
		String chosen = PageActions.blankToNull(category);
		List<ArticleSearch.Found> found = q == null || q.isBlank()
				? articles.all(chosen, null).stream().map(article -> ArticleSearch.found(article, language)).toList()
				: search.search(q, language, false, chosen, RESULTS);
		model.addAttribute("q", q).addAttribute("category", chosen).addAttribute("found", found).addAttribute("categories", categories.all())
			.addAttribute("canWrite", canWrite(me)).addAttribute("due", canWrite(me) ? articles.dueForReview(LocalDate.now(clock)) : List.of());
		return "knowledge/list";
	}

	@GetMapping("/knowledge/{slug}")
	String article(@PathVariable String slug, @RequestParam(required = false) Long contact, SignedInUser me, Locale locale, Model model) {
		Article article = articles.get(slug);
		String shown = article.languageFor(locale.getLanguage());
		model.addAttribute("article", article).addAttribute("shown", shown).addAttribute("html", Markdown.html(article.body(shown)))
			.addAttribute("category", categories.find(article.category()).orElseThrow()).addAttribute("versions", articles.versions(slug))
			.addAttribute("reasons", reasons.all().stream().filter(reason -> article.reasons().contains(reason.code())).toList())
			.addAttribute("contact", contact).addAttribute("canWrite", canWrite(me))
			.addAttribute("reviewDue", article.reviewDue(LocalDate.now(clock))).addAttribute("public", article.audience() == Audience.PUBLIC);
		return "knowledge/article";
	}

	@PostMapping("/knowledge/{slug}/feedback")
	String answer(@PathVariable String slug, @RequestParam boolean useful, @RequestParam(required = false) Long contact, SignedInUser me,
			Locale locale, RedirectAttributes flash) {
		flash.addFlashAttribute("answered", true);
		return actions.act(flash, "redirect:/knowledge/" + slug + (contact == null ? "" : "?contact=" + contact),
				() -> feedback.answered(slug, locale.getLanguage(), useful, Reader.ADVISOR, me.id(), contact));
	}

	@GetMapping("/knowledge/usefulness")
	String usefulness(Locale locale, Model model) {
		model.addAttribute("usefulness", feedback.usefulness(locale.getLanguage()));
		return "knowledge/usefulness";
	}

	static boolean canWrite(SignedInUser me) {
		return me.roles().contains(Role.SUPERVISOR) || me.roles().contains(Role.ADMIN);
	}
}
