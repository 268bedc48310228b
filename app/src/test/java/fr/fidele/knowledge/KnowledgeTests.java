package fr.fidele.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Articles are written by supervisors in versions, each refusal naming its field and writing nothing; the search
 * understands accents, elisions and plurals in French, stems in English, and the synonyms an administrator writes,
 * from the next search on; customers' searches never see an internal article; advisors say whether an article helped.
 */
@FideleTest
class KnowledgeTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleSuggestions suggestions;

	/** A word no other test writes, so that a search finds this test's articles only. */
	static String marker() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	static String category(ApiClient admin) {
		String code = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		assertThat(admin.put("/api/knowledge/categories/" + code, """
				{"nameFr":"Contrat","nameEn":"Contract","position":1}""").status()).isEqualTo(200);
		return code;
	}

	static String article(ApiClient author, String slug, String category, String audience, String titleFr, String bodyFr, String titleEn,
			String bodyEn) {
		ApiClient.Response created = author.post("/api/knowledge/articles", """
				{"slug":"%s","category":"%s","audience":"%s","reviewOn":"2027-06-01","reasons":[],
				 "titleFr":%s,"bodyFr":%s,"titleEn":%s,"bodyEn":%s}""".formatted(slug, category, audience, json(titleFr), json(bodyFr),
				json(titleEn), json(bodyEn)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return slug;
	}

	private static String json(String text) {
		return text == null ? "null" : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	private static String slugs(ApiClient reader, String path) {
		JsonNode found = reader.get(path).json();
		StringBuilder slugs = new StringBuilder();
		found.forEach(hit -> slugs.append(hit.get("article").get("slug").asString()).append(' '));
		return slugs.toString();
	}

	@Test
	void theSearchUnderstandsAccentsElisionsPluralsStemsAndTheAdministratorsSynonyms() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		ApiClient advisor = new ApiClient(port, people.create(Role.ADVISOR).token());
		String word = marker();
		String category = category(admin);
		String cancel = article(author, word + "-resilier", category, "PUBLIC", "Résilier son abonnement",
				"Pour l’annulation de vos abonnements, appelez-nous : le routeur est à rendre.", "Cancelling your subscription",
				"To cancel, call us: the router goes back to us.");
		String internal = article(author, word + "-interne", category, "INTERNAL", "Procédure interne de résiliation",
				"Vérifier l’identité avant toute résiliation.", null, null);
		// the category (this test's own) keeps other tests' articles out of the results
		String search = "/api/knowledge/articles?category=" + category + "&language=";

		assertThat(slugs(advisor, search + "fr&q=PROCEDURE")).as("accents and case").isEqualTo(internal + " ");
		assertThat(slugs(advisor, search + "fr&q=r%C3%A9siliation")).as("« résilier » and « résiliation » share a stem").contains(cancel, internal);
		assertThat(slugs(advisor, search + "fr&q=l%27abonnement")).as("elision and plural").isEqualTo(cancel + " ");
		assertThat(slugs(advisor, search + "en&q=cancels")).as("English stems").isEqualTo(cancel + " ");
		assertThat(slugs(advisor, search + "fr&q=d%C3%A9m%C3%A9nagement")).as("no word in common").isEmpty();
		assertThat(slugs(advisor, search + "fr&audience=PUBLIC&q=proc%C3%A9dure%20abonnement")).as("customers' search").isEqualTo(cancel + " ");
		assertThat(slugs(advisor, search + "fr&q=proc%C3%A9dure%20abonnement")).as("advisors' search").contains(cancel, internal);

		assertThat(slugs(advisor, search + "fr&q=bo%C3%AEtier")).as("before the synonym").isEmpty();
		String before = admin.get("/api/knowledge/synonyms/fr").json().get("lines").asString();
		try {
			assertThat(admin.put("/api/knowledge/synonyms/fr", "{\"lines\":" + json(before + "\nboîtier, routeur") + "}").status()).isEqualTo(200);
			assertThat(slugs(advisor, search + "fr&q=boitiers")).as("after the synonym").isEqualTo(cancel + " ");
		}
		finally {
			admin.put("/api/knowledge/synonyms/fr", "{\"lines\":" + json(before) + "}");
		}
		ApiClient.Response unreadable = admin.put("/api/knowledge/synonyms/fr", "{\"lines\":\"un, deux\\ntrois =>\"}");
		assertThat(unreadable.status()).isEqualTo(422);
		assertThat(unreadable.json().at("/errors/0/field").asString()).isEqualTo("lines");
		assertThat(unreadable.body()).contains("2");
		assertThat(admin.get("/api/knowledge/synonyms/fr").json().get("lines").asString()).isEqualTo(before);
		assertThat(advisor.put("/api/knowledge/synonyms/fr", "{\"lines\":\"\"}").status()).isEqualTo(403);
	}

	@Test
	void articlesAreWrittenInVersionsAndARefusalNamesItsFieldAndWritesNothing() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		ApiClient advisor = new ApiClient(port, people.create(Role.ADVISOR).token());
		String word = marker();
		String category = category(admin);
		String body = """
				{"slug":"%s","category":"%s","audience":"INTERNAL","reviewOn":"2027-01-01","titleFr":"%s","bodyFr":%s}""";
		assertThat(advisor.post("/api/knowledge/articles", body.formatted(word, category, "Titre", "\"Texte\"")).status()).isEqualTo(403);
		assertField(author.post("/api/knowledge/articles", body.formatted("Pas Une Adresse", category, "Titre", "\"Texte\"")), "slug");
		assertField(author.post("/api/knowledge/articles", body.formatted(word, "NOPE", "Titre", "\"Texte\"")), "category");
		assertField(author.post("/api/knowledge/articles", body.formatted(word, category, "Titre", "null")), "bodyFr");
		assertField(author.post("/api/knowledge/articles", body.formatted("new", category, "Titre", "\"Texte\"")), "slug");
		assertThat(author.get("/api/knowledge/articles/" + word).status()).as("nothing written").isEqualTo(404);

		assertThat(author.post("/api/knowledge/articles", body.formatted(word, category, "Première", "\"Texte 1\"")).status()).isEqualTo(201);
		assertField(author.post("/api/knowledge/articles", body.formatted(word, category, "Encore", "\"Texte\"")), "slug");
		ApiClient.Response second = author.put("/api/knowledge/articles/" + word, """
				{"category":"%s","audience":"PUBLIC","reviewOn":"2027-03-01","titleFr":"Seconde","bodyFr":"Texte 2","titleEn":"Second","bodyEn":"Text 2"}"""
			.formatted(category));
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.json().get("version").asInt()).isEqualTo(2);
		assertThat(second.json().get("audience").asString()).isEqualTo("PUBLIC");
		JsonNode versions = advisor.get("/api/knowledge/articles/" + word + "/versions").json();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(1).get("titleFr").asString()).as("the first version kept").isEqualTo("Première");
		assertThat(versions.get(1).get("titleEn").isNull()).isTrue();

		assertThat(advisor.post("/api/knowledge/articles/" + word + "/feedback", "{\"useful\":true,\"language\":\"fr\"}").status()).isEqualTo(204);
		assertThat(advisor.post("/api/knowledge/articles/" + word + "/feedback", "{\"useful\":false,\"language\":\"en\"}").status()).isEqualTo(204);
		assertField(advisor.post("/api/knowledge/articles/" + word + "/feedback", "{}"), "useful");
		assertThat(jdbc.sql("select count(*) from article_feedback f join article a on a.id = f.article_id where a.slug = ? and f.version = 2")
			.param(word).query(Long.class).single()).isEqualTo(2);
		JsonNode usefulness = author.get("/api/knowledge/usefulness").json();
		JsonNode mine = null;
		for (JsonNode row : usefulness) {
			if (row.get("slug").asString().equals(word)) {
				mine = row;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("advisors").get("count").asLong()).isEqualTo(1);
		assertThat(mine.get("advisors").get("of").asLong()).isEqualTo(2);
		assertThat(mine.get("customers").get("of").asLong()).isZero();
		assertThat(advisor.get("/api/knowledge/usefulness").status()).isEqualTo(403);
	}

	private static void assertField(ApiClient.Response refused, String field) {
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo(field);
	}

	@Test
	void besideAContactTheArticlesOfItsReasonComeFirstThenThoseTheCustomersOwnWordsFind() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		ApiClient author = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		String word = marker();
		String category = category(admin);
		ApiClient.Response billing = author.post("/api/knowledge/articles", """
				{"slug":"%s-facture","category":"%s","audience":"INTERNAL","reviewOn":"2027-06-01","reasons":["BILLING"],
				 "titleFr":"Expliquer une facture","bodyFr":"Ligne par ligne."}""".formatted(word, category));
		assertThat(billing.status()).as(billing.body()).isEqualTo(201);
		String meter = article(author, word + "-compteur", category, "PUBLIC", "Afficheur " + word + " éteint", "Vérifier le disjoncteur.", null, null);
		long contact = 4_000_000_000L + Math.abs(word.hashCode());
		// what the customer wrote on this contact, as the voice module keeps it (its intake is another module's test)
		jdbc.sql("""
				insert into verbatim (source, source_id, contact_id, language, written_at, body, sentiment)
				values ('EMAIL', ?, ?, 'fr', now(), ?, 'NEGATIVE')""").params(contact, contact, "Bonjour, mon afficheur " + word + " ne montre plus rien.")
			.update();

		List<String> beside = suggestions.forContact(contact, "BILLING", "fr").stream().map(found -> found.article().slug()).toList();
		assertThat(beside).contains(word + "-facture", meter);
		assertThat(beside.indexOf(word + "-facture")).as("the reason's article first").isLessThan(beside.indexOf(meter));
		assertThat(suggestions.forContact(contact + 1, null, "fr")).as("no reason, no words: nothing").isEmpty();
	}
}
