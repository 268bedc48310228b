package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Reply templates: written by an administrator for a reason (or any) and a language, refused naming the field at
 * fault, offered for one contact with its reason's first and another reason's never, and filled in for the customer.
 */
@FideleTest
class ReplyTemplateTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	ReplyTemplates templates;

	@Test
	void templatesAreOfferedByReasonAndLanguageAndFilledForTheCustomer() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		String tag = UUID.randomUUID().toString().substring(0, 8);
		assertThat(add(admin, "Facture " + tag, "BILLING", "fr", "Bonjour {prenom}, votre avoir est émis ({dossier}). {conseiller}").status())
			.isEqualTo(201);
		add(admin, "Merci " + tag, null, "fr", "Merci {prenom} !");
		add(admin, "Bill " + tag, "BILLING", "en", "Hello {first_name}, your credit note is issued ({case}). {advisor}");
		add(admin, "Commande " + tag, "ORDER", "fr", "Votre commande part demain.");

		assertThat(templates.forReply("BILLING", "fr").stream().map(ReplyTemplate::name).filter(name -> name.endsWith(tag)))
			.containsExactly("Facture " + tag, "Merci " + tag);
		assertThat(templates.forReply(null, "fr").stream().map(ReplyTemplate::name).filter(name -> name.endsWith(tag)))
			.containsExactly("Merci " + tag);
		ReplyTemplate english = templates.forReply("BILLING", "en").stream().filter(t -> t.name().endsWith(tag)).findFirst().orElseThrow();
		assertThat(english.filled("Emma", "Camille Roy", 42L)).isEqualTo("Hello Emma, your credit note is issued (C-42). Camille Roy");

		assertThat(field(add(admin, " ", null, "fr", "x"))).isEqualTo("name");
		assertThat(field(add(admin, "Autre " + tag, null, "de", "x"))).isEqualTo("language");
		assertThat(field(add(admin, "Autre " + tag, "NOPE", "fr", "x"))).isEqualTo("reasonCode");
		assertThat(field(add(admin, "Autre " + tag, null, "fr", " "))).isEqualTo("body");
		assertThat(field(add(admin, "Merci " + tag, null, "fr", "encore"))).as("one name per language").isEqualTo("name");

		long id = admin.get("/api/reply-templates").json().findValues("id").stream().mapToLong(node -> node.asLong()).max().orElseThrow();
		assertThat(admin.delete("/api/reply-templates/" + id).status()).isEqualTo(204);
		assertThat(admin.delete("/api/reply-templates/" + id).status()).isEqualTo(404);
	}

	private static ApiClient.Response add(ApiClient admin, String name, String reason, String language, String body) {
		return admin.post("/api/reply-templates", """
				{"name":"%s","reasonCode":%s,"language":"%s","body":"%s"}"""
			.formatted(name, reason == null ? "null" : "\"" + reason + "\"", language, body));
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		return response.json().at("/errors/0/field").asString();
	}
}
