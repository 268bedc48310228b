package fr.fidele.knowledge.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.contacts.Reasons;
import fr.fidele.knowledge.Article;
import fr.fidele.knowledge.ArticleCategories;
import fr.fidele.knowledge.ArticleDraft;
import fr.fidele.knowledge.Articles;
import fr.fidele.knowledge.Audience;
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
 * Writing articles, for supervisors and administrators: a form in Markdown for each language, previewed as readers
 * will see it before it is saved; saving an article again writes its next version.
 */
@Controller
class ArticleEditPages {

	/** An article is read again a year after it is written, unless its author says sooner. */
	private static final int REVIEW_AFTER_MONTHS = 12;

	private final Articles articles;
	private final ArticleCategories categories;
	private final Reasons reasons;
	private final PageActions actions;
	private final Clock clock;

	ArticleEditPages(Articles articles, ArticleCategories categories, Reasons reasons, PageActions actions, Clock clock) {
		this.articles = articles;
		this.categories = categories;
		this.reasons = reasons;
		this.actions = actions;
		this.clock = clock;
	}

	@GetMapping("/knowledge/new")
	String create(Model model) {
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", new ArticleDraft(null, null, Audience.INTERNAL, null, LocalDate.now(clock).plusMonths(REVIEW_AFTER_MONTHS),
					List.of(), null, null, null, null));
		}
		return form(null, model);
	}

	@GetMapping("/knowledge/{slug}/edit")
	String edit(@PathVariable String slug, Model model) {
		if (!model.containsAttribute("draft")) {
			Article article = articles.get(slug);
			model.addAttribute("draft", new ArticleDraft(slug, article.category(), article.audience(), article.ownerId(), article.reviewOn(),
					article.reasons(), article.titleFr(), article.bodyFr(), article.titleEn(), article.bodyEn()));
		}
		return form(slug, model);
	}

	/** Shows the draft as readers will see it, without saving it. */
	@PostMapping("/knowledge/preview")
	String preview(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> reasonCodes,
			@RequestParam(required = false) String editing, Model model) {
		ArticleDraft draft = draft(form, reasonCodes);
		model.addAttribute("draft", draft).addAttribute("previewFr", Markdown.html(draft.bodyFr())).addAttribute("previewEn",
				Markdown.html(draft.bodyEn()));
		return form(PageActions.blankToNull(editing), model);
	}

	@PostMapping("/knowledge")
	String save(@RequestParam Map<String, String> form, @RequestParam(required = false) List<String> reasonCodes, SignedInUser me,
			RedirectAttributes flash) {
		ArticleDraft draft = draft(form, reasonCodes);
		String page = actions.act(flash, "redirect:/knowledge/" + draft.slug(), () -> articles.create(draft, me.id()));
		return refused(flash, draft) ? "redirect:/knowledge/new" : page;
	}

	@PostMapping("/knowledge/{slug}")
	String write(@PathVariable String slug, @RequestParam Map<String, String> form, @RequestParam(required = false) List<String> reasonCodes,
			SignedInUser me, RedirectAttributes flash) {
		ArticleDraft draft = draft(form, reasonCodes);
		String page = actions.act(flash, "redirect:/knowledge/" + slug, () -> articles.write(slug, draft, me.id()));
		return refused(flash, draft) ? "redirect:/knowledge/" + slug + "/edit" : page;
	}

	/** Whether the article was refused; if so the draft goes back to the form, nothing typed lost. */
	private static boolean refused(RedirectAttributes flash, ArticleDraft draft) {
		if (flash.getFlashAttributes().containsKey("problem")) {
			flash.addFlashAttribute("draft", draft);
			return true;
		}
		return false;
	}

	private String form(String slug, Model model) {
		model.addAttribute("editing", slug).addAttribute("categories", categories.all()).addAttribute("reasons", reasons.all())
			.addAttribute("audiences", Audience.values());
		return "knowledge/form";
	}

	/** The form as a draft; what cannot be read (a date, an audience typed by hand) is left out, and the rules say so. */
	private static ArticleDraft draft(Map<String, String> form, List<String> reasonCodes) {
		Audience audience = Arrays.stream(Audience.values()).filter(value -> value.name().equals(form.get("audience"))).findFirst().orElse(null);
		return new ArticleDraft(PageActions.blankToNull(form.get("slug")), PageActions.blankToNull(form.get("category")), audience, null,
				date(form.get("reviewOn")), reasonCodes, form.get("titleFr"), form.get("bodyFr"), form.get("titleEn"), form.get("bodyEn"));
	}

	private static LocalDate date(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException unreadable) {
			return null;
		}
	}
}
