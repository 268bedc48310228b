package fr.fidele.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.fidele.catalogue.Catalogue;
import fr.fidele.catalogue.LinkKind;
import fr.fidele.catalogue.Product;
import fr.fidele.catalogue.ProductLink;
import org.springframework.stereotype.Component;

/**
 * The demo company's catalogue, an energy and telecom supplier's: its products in French and English, the links
 * between them with their reasons in plain words, and what each customer holds (drawn from the customer's id alone, so
 * the simulation and the load agree without keeping it).
 */
@Component
class DemoCatalogue {

	/** What may be suggested to a holder of each product, in the order it is preferred. */
	static final Map<String, List<String>> COMPLEMENTS = Map.of("ELECTRICITE", List.of("GAZ", "FACTURE_EN_LIGNE"), "GAZ",
			List.of("ENTRETIEN_CHAUDIERE", "FACTURE_EN_LIGNE"), "FIBRE", List.of("OPTION_TV", "MOBILE"), "MOBILE", List.of("MOBILE_PLUS", "FIBRE"));
	private static final String[] MAIN = { "ELECTRICITE", "GAZ", "FIBRE", "MOBILE" };
	private static final long HOLDINGS_STREAM = 0xCA7A_10L;

	private final Catalogue catalogue;

	DemoCatalogue(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	void write() {
		product("ELECTRICITE", "Électricité", "Electricity", "Énergie");
		product("GAZ", "Gaz naturel", "Natural gas", "Énergie");
		product("ENTRETIEN_CHAUDIERE", "Entretien annuel de chaudière", "Yearly boiler service", "Services");
		product("FACTURE_EN_LIGNE", "Facture en ligne et mensualisation", "Online bill and monthly payments", "Services");
		product("FIBRE", "Fibre optique", "Fibre broadband", "Télécom");
		product("OPTION_TV", "Option télévision", "TV option", "Télécom");
		product("MOBILE", "Forfait mobile", "Mobile plan", "Télécom");
		product("MOBILE_PLUS", "Forfait mobile 100 Go", "100 GB mobile plan", "Télécom");
		link("ELECTRICITE", "GAZ", LinkKind.COMPLEMENT, "Un seul contrat et une seule facture pour l’électricité et le gaz.",
				"One contract and one bill for electricity and gas.");
		link("ELECTRICITE", "FACTURE_EN_LIGNE", LinkKind.COMPLEMENT, "Des mensualités égales toute l’année, sans surprise en hiver.",
				"Equal monthly payments all year, no winter surprise.");
		link("GAZ", "ENTRETIEN_CHAUDIERE", LinkKind.COMPLEMENT, "L’entretien annuel de la chaudière est obligatoire ; le technicien vient au créneau choisi.",
				"The yearly boiler service is compulsory; the technician comes at the chosen slot.");
		link("GAZ", "FACTURE_EN_LIGNE", LinkKind.COMPLEMENT, "Des mensualités égales toute l’année, sans surprise en hiver.",
				"Equal monthly payments all year, no winter surprise.");
		link("FIBRE", "OPTION_TV", LinkKind.COMPLEMENT, "La télévision passe par la même box : rien de plus à installer.",
				"TV comes through the same box: nothing more to install.");
		link("FIBRE", "MOBILE", LinkKind.COMPLEMENT, "Le forfait mobile est moins cher avec la fibre, et une seule facture.",
				"The mobile plan costs less with fibre, on one bill.");
		link("MOBILE", "MOBILE_PLUS", LinkKind.UPGRADE, "Pour qui dépasse souvent son forfait : 100 Go sans hors-forfait.",
				"For those who often exceed their plan: 100 GB with no overage.");
		link("MOBILE", "FIBRE", LinkKind.COMPLEMENT, "La fibre à la maison fait baisser le prix du forfait mobile.",
				"Fibre at home lowers the price of the mobile plan.");
	}

	/** The main products a customer holds: one or two, from their id alone. */
	static List<String> holdings(long customerId) {
		SplittableRandom draws = new SplittableRandom(customerId * 0x9E3779B97F4A7C15L ^ HOLDINGS_STREAM);
		List<String> held = new ArrayList<>();
		held.add(MAIN[draws.nextInt(MAIN.length)]);
		if (draws.nextDouble() < 0.4) {
			String second = MAIN[draws.nextInt(MAIN.length)];
			if (!held.contains(second)) {
				held.add(second);
			}
		}
		return held;
	}

	private void product(String code, String fr, String en, String category) {
		catalogue.save(new Product(code, fr, en, category, true));
	}

	private void link(String from, String to, LinkKind kind, String fr, String en) {
		catalogue.save(new ProductLink(0, from, to, kind, null, null, fr, en));
	}
}
