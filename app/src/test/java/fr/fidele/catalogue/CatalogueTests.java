package fr.fidele.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Segment;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue imported from CSV keeps its good rows, reports the others by line and field, and changes nothing when
 * imported again; the suggestions follow what the customer holds, the reason and the segment, at most three, each
 * with its reason; nothing is suggested to a customer with an open complaint or asking to cancel until a
 * supervisor's rule allows it.
 */
@FideleTest
class CatalogueTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	Catalogue catalogue;

	@Autowired
	SuggestionPolicy policy;

	static String prefix() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
	}

	@Test
	void anImportKeepsTheGoodRowsReportsTheOthersByLineAndChangesNothingTheSecondTime() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token()).header("Accept-Language", "fr-FR");
		String p = prefix();
		String products = """
				code,name_fr,name_en,category,active
				%s_FIBRE,Fibre,Fibre,Télécom,oui
				bad code,Rien,Nothing,,oui
				%s_TV,Option TV,TV option,Télécom,maybe
				%s_TV,Option TV,TV option,Télécom,true
				""".formatted(p, p, p);
		String links = """
				from,to,kind,reason,segment,why_fr,why_en
				%s_FIBRE,%s_TV,COMPLEMENT,,,"La TV passe par la même box, \"\"sans rien installer\"\"",TV through the same box
				%s_FIBRE,%s_NONE,COMPLEMENT,,,x,x
				,%s_TV,UPGRADE,,,x,x
				""".formatted(p, p, p, p, p);

		JsonNode first = post(admin, "/api/catalogue/imports/products", products);
		JsonNode again = post(admin, "/api/catalogue/imports/products", products);
		JsonNode linked = post(admin, "/api/catalogue/imports/links", links);
		post(admin, "/api/catalogue/imports/links", links);

		assertThat(first.get("saved").asInt()).isEqualTo(2);
		assertThat(first.get("rejected").findValuesAsString("line")).containsExactly("3", "4");
		assertThat(first.get("rejected").findValuesAsString("field")).containsExactly("code", "active");
		assertThat(first.get("rejected").get(1).get("message").asString()).contains("maybe");
		assertThat(again.get("saved").asInt()).isEqualTo(2);
		assertThat(linked.get("saved").asInt()).isEqualTo(1);
		assertThat(linked.get("rejected").findValuesAsString("field")).containsExactly("to", "from");
		assertThat(catalogue.products().stream().filter(product -> product.code().startsWith(p))).hasSize(2);
		assertThat(catalogue.links().stream().filter(link -> link.toProduct().startsWith(p)))
			.singleElement().satisfies(link -> assertThat(link.whyFr()).isEqualTo("La TV passe par la même box, \"sans rien installer\""));
	}

	@Test
	void theSuggestionsFollowWhatIsHeldTheReasonAndTheSegmentAndNoneGoToAComplaintUnlessARuleAllowsIt() {
		String p = prefix();
		for (String code : List.of("A", "B", "C", "D", "E", "F")) {
			catalogue.save(new Product(p + code, "Produit " + code, "Product " + code, null, !"F".equals(code)));
		}
		catalogue.save(new ProductLink(0, p + "A", p + "B", LinkKind.COMPLEMENT, null, null, "B va avec A", "B goes with A"));
		catalogue.save(new ProductLink(0, p + "A", p + "C", LinkKind.UPGRADE, null, null, "C remplace A", "C replaces A"));
		catalogue.save(new ProductLink(0, null, p + "D", LinkKind.NEXT_NEED, "BILLING", null, "D pour une facture", "D for a bill"));
		catalogue.save(new ProductLink(0, p + "A", p + "E", LinkKind.COMPLEMENT, null, Segment.PREMIUM, "E pour les premium", "E for premium"));
		catalogue.save(new ProductLink(0, p + "A", p + "F", LinkKind.COMPLEMENT, null, null, "F retiré", "F withdrawn"));
		catalogue.save(new ProductLink(0, p + "B", p + "C", LinkKind.UPGRADE, null, null, "C remplace B", "C replaces B"));
		List<ProductLink> links = catalogue.links().stream().filter(link -> link.toProduct().startsWith(p)).toList();
		Set<String> active = Set.of(p + "A", p + "B", p + "C", p + "D", p + "E");
		Map<RuleSituation, Boolean> none = Map.of();

		List<ProductLink> billing = policy.choose(new SuggestionPolicy.Situation("BILLING", Segment.PREMIUM, Set.of(p + "A"), Set.of()), links, none,
				active);
		List<ProductLink> plain = policy.choose(new SuggestionPolicy.Situation("ORDER", Segment.RESIDENTIAL, Set.of(p + "A", p + "B"), Set.of()),
				links, none, active);
		List<ProductLink> complaint = policy.choose(new SuggestionPolicy.Situation("ORDER", Segment.RESIDENTIAL, Set.of(p + "A"),
				Set.of(RuleSituation.OPEN_COMPLAINT)), links, none, active);
		List<ProductLink> allowed = policy.choose(new SuggestionPolicy.Situation("ORDER", Segment.RESIDENTIAL, Set.of(p + "A"),
				Set.of(RuleSituation.OPEN_COMPLAINT)), links, Map.of(RuleSituation.OPEN_COMPLAINT, true), active);

		assertThat(billing).extracting(ProductLink::toProduct).as("the reason's link first, then the segment's, three at most")
			.containsExactly(p + "D", p + "E", p + "B");
		assertThat(plain).extracting(ProductLink::toProduct).as("nothing held again, one link per product, nothing withdrawn")
			.containsExactly(p + "C");
		assertThat(complaint).isEmpty();
		assertThat(allowed).extracting(ProductLink::toProduct).containsExactly(p + "B", p + "C");
	}

	@Test
	void aSupervisorAllowsSuggestionsToAComplainingCustomerAndAnAdvisorCannot() {
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		ApiClient advisor = new ApiClient(port, people.create(Role.ADVISOR).token());

		assertThat(advisor.put("/api/catalogue/rules/OPEN_COMPLAINT", "{\"allowed\":true}").status()).isEqualTo(403);
		assertThat(supervisor.get("/api/catalogue/rules").json().get("CANCELLATION_REQUEST").asBoolean()).isFalse();
		assertThat(supervisor.put("/api/catalogue/rules/CANCELLATION_REQUEST", "{\"allowed\":true}").json().get("CANCELLATION_REQUEST").asBoolean())
			.isTrue();
		supervisor.put("/api/catalogue/rules/CANCELLATION_REQUEST", "{\"allowed\":false}");
		assertThat(supervisor.get("/api/catalogue/rules").json().get("CANCELLATION_REQUEST").asBoolean()).isFalse();
	}

	private static JsonNode post(ApiClient api, String path, String csv) {
		ApiClient.Response response = api.postBytes(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}
}
