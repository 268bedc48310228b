package fr.fidele.catalogue.web;

import java.io.IOException;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.catalogue.Catalogue;
import fr.fidele.catalogue.CatalogueImport;
import fr.fidele.catalogue.LinkKind;
import fr.fidele.catalogue.Product;
import fr.fidele.catalogue.ProductLink;
import fr.fidele.catalogue.RuleSituation;
import fr.fidele.catalogue.SuggestionFigures;
import fr.fidele.catalogue.SuggestionRules;
import fr.fidele.casefile.Segment;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /catalogue}: whether accepted suggestions keep customers, and the supervisors' rules on when suggestions are
 * held back. {@code /admin/catalogue}: the administrators' products and links, typed or imported from CSV.
 */
@Controller
class CataloguePages {

	private static final String ADMIN_PAGE = "redirect:/admin/catalogue";

	private final Catalogue catalogue;
	private final CatalogueImport imports;
	private final SuggestionFigures figures;
	private final SuggestionRules rules;
	private final PageActions actions;

	CataloguePages(Catalogue catalogue, CatalogueImport imports, SuggestionFigures figures, SuggestionRules rules, PageActions actions) {
		this.catalogue = catalogue;
		this.imports = imports;
		this.figures = figures;
		this.rules = rules;
		this.actions = actions;
	}

	@GetMapping("/catalogue")
	String figures(Model model) {
		model.addAttribute("figures", figures.all()).addAttribute("rules", rules.all()).addAttribute("products", catalogue.products());
		return "catalogue/figures";
	}

	@PostMapping("/catalogue/rules/{situation}")
	String rule(@PathVariable RuleSituation situation, @RequestParam boolean allowed, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/catalogue", () -> rules.set(situation, allowed, me.id()));
	}

	@GetMapping("/admin/catalogue")
	String admin(Model model) {
		model.addAttribute("products", catalogue.products()).addAttribute("links", catalogue.links()).addAttribute("kinds", LinkKind.values())
			.addAttribute("segments", Segment.values());
		return "catalogue/admin";
	}

	@PostMapping("/admin/catalogue/products")
	String product(@RequestParam(required = false) String code, @RequestParam(required = false) String nameFr,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) String category,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes flash) {
		return actions.act(flash, ADMIN_PAGE,
				() -> catalogue.save(new Product(PageActions.blankToNull(code), nameFr, nameEn, PageActions.blankToNull(category), active)));
	}

	@PostMapping("/admin/catalogue/links")
	String link(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) LinkKind kind, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Segment segment, @RequestParam(required = false) String whyFr,
			@RequestParam(required = false) String whyEn, RedirectAttributes flash) {
		return actions.act(flash, ADMIN_PAGE, () -> catalogue.save(new ProductLink(0, PageActions.blankToNull(from), PageActions.blankToNull(to),
				kind, PageActions.blankToNull(reason), segment, whyFr, whyEn)));
	}

	@PostMapping("/admin/catalogue/links/{id}/delete")
	String unlink(@PathVariable long id, RedirectAttributes flash) {
		return actions.act(flash, ADMIN_PAGE, () -> catalogue.deleteLink(id));
	}

	@PostMapping("/admin/catalogue/imports/{what}")
	String importFile(@PathVariable String what, @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash)
			throws IOException {
		byte[] content = file == null ? null : file.getBytes();
		return actions.act(flash, ADMIN_PAGE, () -> {
			if (content == null || content.length == 0) {
				throw new InvalidFieldException("file", "emptyFile");
			}
			flash.addFlashAttribute("report", "links".equals(what) ? imports.links(content) : imports.products(content));
		});
	}
}
