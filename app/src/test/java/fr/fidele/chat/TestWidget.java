package fr.fidele.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.accounts.Role;
import fr.fidele.customers.Consent;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.platform.web.WebhookSignature;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;

/**
 * A chat widget on a test site, on a queue of its own, created by an administrator through the API; the customers
 * who chat in it, signed in on the site (their reference signed with the widget's secret) or visitors.
 */
record TestWidget(ApiClient admin, ApiClient visitor, String queue, String key, String secret, CustomerManagement customers) {

	static final String SITE = "https://boutique.exemple.fr";

	static TestWidget create(int port, TestPeople people, RoutingFixture routing, CustomerManagement customers) {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		String queue = routing.queue(1, 60);
		ApiClient.Response created = admin.post("/api/chat/widgets", """
				{"name":"Boutique en ligne","queue":"%s","allowedOrigins":["%s"]}""".formatted(queue, SITE));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String key = created.json().at("/widget/key").asString();
		String secret = created.json().get("identitySecret").asString();
		assertThat(admin.get("/api/chat/widgets").body()).contains(key).doesNotContain(secret);
		return new TestWidget(admin, new ApiClient(port, null), queue, key, secret, customers);
	}

	Customer customer() {
		String reference = "CH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return customers.register(new NewCustomer(reference, "Inès Moreau", "fr", Segment.RESIDENTIAL, Expertise.INTERMEDIATE,
				new BigDecimal("29.90"), LocalDate.parse("2022-05-01"), Consent.NONE, null, List.of()), "chat test");
	}

	ApiClient.Response start(String body) {
		return visitor.post("/chat/v1/widgets/" + key + "/conversations", body);
	}

	/** A first message from a customer signed in on the site, with a fresh signature of their reference. */
	String signed(String reference) {
		return """
				{"language":"fr","text":"Bonjour, ma commande n'est pas arrivée","clientId":"c1","reference":"%s","signature":"%s"}"""
			.formatted(reference, WebhookSignature.header(secret, Instant.now().getEpochSecond(), reference));
	}
}
