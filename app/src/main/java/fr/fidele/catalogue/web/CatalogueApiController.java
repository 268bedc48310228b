package fr.fidele.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.catalogue.Catalogue;
import fr.fidele.catalogue.CatalogueImport;
import fr.fidele.catalogue.LinkKind;
import fr.fidele.catalogue.Product;
import fr.fidele.catalogue.ProductLink;
import fr.fidele.catalogue.RuleSituation;
import fr.fidele.catalogue.Suggestion;
import fr.fidele.catalogue.SuggestionFigures;
import fr.fidele.catalogue.SuggestionRules;
import fr.fidele.catalogue.Suggestions;
import fr.fidele.casefile.Segment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/catalogue")
@Tag(name = "Catalogue", description = "Products, the links between them, CSV imports, the suggestions shown on contacts, the supervisors' rules and whether accepted suggestions keep customers")
class CatalogueApiController {

	/** A link as written by an administrator: its id is Fidèle's to give. */
	record NewLink(String fromProduct, String toProduct, LinkKind kind, String reasonCode, Segment segment, String whyFr, String whyEn) {
	}

	/** A supervisor's rule: whether suggestions may be shown in this situation. */
	record Rule(boolean allowed) {
	}

	private final Catalogue catalogue;
	private final CatalogueImport imports;
	private final Suggestions suggestions;
	private final SuggestionRules rules;
	private final SuggestionFigures figures;
	private final Clock clock;

	CatalogueApiController(Catalogue catalogue, CatalogueImport imports, Suggestions suggestions, SuggestionRules rules, SuggestionFigures figures,
			Clock clock) {
		this.clock = clock;
		this.catalogue = catalogue;
		this.imports = imports;
		this.suggestions = suggestions;
		this.rules = rules;
		this.figures = figures;
	}

	@GetMapping("/products")
	@Operation(summary = "The products and services")
	List<Product> products() {
		return catalogue.products();
	}

	@PutMapping("/products/{code}")
	@Operation(summary = "Creates or changes a product")
	Product product(@PathVariable String code, @RequestBody Product product) {
		return catalogue.save(new Product(code, product.nameFr(), product.nameEn(), product.category(), product.active()));
	}

	@GetMapping("/links")
	@Operation(summary = "The links between products: complements, upgrades, next needs, with the reason in plain words")
	List<ProductLink> links() {
		return catalogue.links();
	}

	@PostMapping("/links")
	@Operation(summary = "Creates a link, or changes the one with the same ends, reason and segment")
	ProductLink link(@RequestBody NewLink link) {
		return catalogue.save(new ProductLink(0, link.fromProduct(), link.toProduct(), link.kind(), link.reasonCode(), link.segment(), link.whyFr(),
				link.whyEn()));
	}

	@DeleteMapping("/links/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Removes a link")
	void unlink(@PathVariable long id) {
		catalogue.deleteLink(id);
	}

	@PostMapping(path = "/imports/products", consumes = "text/csv")
	@Operation(summary = "Imports products from CSV (code, name_fr, name_en, category, active): the good rows kept, the others reported by line")
	CatalogueImport.Report importProducts(@RequestBody byte[] file) {
		return imports.products(file);
	}

	@PostMapping(path = "/imports/links", consumes = "text/csv")
	@Operation(summary = "Imports links from CSV (from, to, kind, reason, segment, why_fr, why_en): the good rows kept, the others reported by line")
	CatalogueImport.Report importLinks(@RequestBody byte[] file) {
		return imports.links(file);
	}

	@GetMapping("/customers/{customerId}/products")
	@Operation(summary = "The products a customer holds")
	Set<String> holdings(@PathVariable long customerId) {
		return catalogue.holdings(customerId);
	}

	@PutMapping("/customers/{customerId}/products/{code}")
	@Operation(summary = "Records that a customer holds a product (since today unless said)")
	Set<String> holds(@PathVariable long customerId, @PathVariable String code, @RequestParam(required = false) LocalDate since) {
		catalogue.holds(customerId, code, since != null ? since : LocalDate.now(clock));
		return catalogue.holdings(customerId);
	}

	@GetMapping("/suggestions")
	@Operation(summary = "The suggestions shown on a contact and what the advisor made of them")
	List<Suggestion> suggestions(@RequestParam long contact, Locale locale) {
		return suggestions.ofContact(contact, locale.getLanguage());
	}

	@GetMapping("/rules")
	@Operation(summary = "Whether suggestions are allowed to a customer with an open complaint or a cancellation request (by default not)")
	Map<RuleSituation, Boolean> rules() {
		return rules.all();
	}

	@PutMapping("/rules/{situation}")
	@Operation(summary = "A supervisor allows or holds back suggestions in a situation")
	Map<RuleSituation, Boolean> rule(@PathVariable RuleSituation situation, @RequestBody Rule rule, SignedInUser me) {
		return rules.set(situation, rule.allowed(), me.id());
	}

	@GetMapping("/figures")
	@Operation(summary = "Per product and for all: shown, offered, accepted, not relevant, the share accepted, and churn after accepting against offered and not accepted")
	List<SuggestionFigures.Figure> figures() {
		return figures.all();
	}
}
