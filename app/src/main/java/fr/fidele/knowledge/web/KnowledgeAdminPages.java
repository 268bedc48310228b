package fr.fidele.knowledge.web;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.knowledge.ArticleCategories;
import fr.fidele.knowledge.ArticleCategories.Category;
import fr.fidele.knowledge.HelpCentre;
import fr.fidele.knowledge.Synonyms;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of the knowledge base: its categories, the synonyms its search knows, the help centre's colours. */
@Controller
class KnowledgeAdminPages {

	private static final String PAGE = "redirect:/admin/knowledge";

	private final ArticleCategories categories;
	private final Synonyms synonyms;
	private final HelpCentre helpCentre;
	private final PageActions actions;

	KnowledgeAdminPages(ArticleCategories categories, Synonyms synonyms, HelpCentre helpCentre, PageActions actions) {
		this.categories = categories;
		this.synonyms = synonyms;
		this.helpCentre = helpCentre;
		this.actions = actions;
	}

	@GetMapping("/admin/knowledge")
	String page(Model model) {
		model.addAttribute("categories", categories.all()).addAttribute("synonymsFr", synonyms.lines("fr"))
			.addAttribute("synonymsEn", synonyms.lines("en")).addAttribute("centre", helpCentre.settings());
		return "knowledge/admin";
	}

	@PostMapping("/admin/knowledge/categories")
	String category(@RequestParam(required = false) String code, @RequestParam(required = false) String nameFr,
			@RequestParam(required = false) String nameEn, @RequestParam(defaultValue = "0") int position, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> categories.save(new Category(PageActions.blankToNull(code), nameFr, nameEn, position)));
	}

	@PostMapping("/admin/knowledge/synonyms/{language}")
	String synonyms(@PathVariable String language, @RequestParam(required = false) String lines, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> synonyms.save(language, lines, me.id()));
	}

	@PostMapping("/admin/knowledge/help-centre")
	String helpCentre(@RequestParam(required = false) String name, @RequestParam(required = false) String colour, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> helpCentre.save(new HelpCentre.Settings(name, colour)));
	}
}
