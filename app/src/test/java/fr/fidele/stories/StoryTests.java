package fr.fidele.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Customers' stories with brands, through the public pages and the moderators' API: a story is public only once a
 * moderator publishes it; a disguised advertisement is held with its reasons; the author changes theirs through the
 * private link; bad input is refused naming the field and an address is limited; the brands' ranking carries the
 * Wilson interval, checked against R's {@code prop.test}.
 */
@FideleTest
class StoryTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();
	private static final Pattern PRIVATE_LINK = Pattern.compile("/stories/mine/([A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	ApiClient moderator;

	@BeforeEach
	void aModerator() {
		moderator = new ApiClient(port, people.create(Role.SUPERVISOR).token());
	}

	@Test
	void aStoryIsPublicOnlyOnceAModeratorPublishesItAndItsAuthorChangesItThroughTheLink() throws Exception {
		String brand = "Épicerie " + UUID.randomUUID().toString().substring(0, 6);
		String token = tell(address(), brand, "GOOD", "Une attention rare", "La patronne a gardé mon pain <b>du dimanche</b> de côté quand j'étais malade.",
				"Hélène");
		JsonNode waiting = story(brand);
		assertThat(waiting.get("status").asString()).isEqualTo("PENDING");
		assertThat(page("/stories")).doesNotContain(brand);

		assertThat(moderator.post("/api/stories/" + waiting.get("id").asLong() + "/decision", "{\"decision\":\"PENDING\"}").body())
			.contains("\"field\":\"decision\"");
		assertThat(moderator.post("/api/stories/" + waiting.get("id").asLong() + "/decision", "{\"decision\":\"PUBLISHED\"}").status()).isEqualTo(200);
		assertThat(page("/stories")).contains(brand, "La patronne a gardé mon pain &lt;b&gt;du dimanche&lt;/b&gt;").doesNotContain("<b>du dimanche");

		MockHttpServletResponse edited = mvc.perform(post("/stories/mine/" + token).with(csrf()).with(request -> {
			request.setRemoteAddr(address());
			return request;
		}).param("brand", brand).param("tone", "GOOD").param("title", "Une attention rare").param("body",
				"La patronne a gardé mon pain de côté tout l'hiver quand j'étais malade.").param("authorName", "Hélène")).andReturn().getResponse();
		assertThat(edited.getStatus()).isEqualTo(200);
		assertThat(story(brand).get("status").asString()).as("changed: read again before it is public").isEqualTo("PENDING");
		assertThat(page("/stories")).doesNotContain(brand);
		assertThat(mvc.perform(get("/stories/mine/unknown-link")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aDisguisedAdvertisementIsHeldWithItsReasons() throws Exception {
		String brand = "Lumio" + UUID.randomUUID().toString().substring(0, 6);
		tell(address(), brand, "GOOD", "Génial", "Profitez de -30 % sur toute la gamme avec le code LUMIO30 sur www.lumio-shop.fr, incroyable !",
				"Max");
		JsonNode held = story(brand);
		assertThat(held.get("status").asString()).isEqualTo("HELD");
		assertThat(held.get("reasons").valueStream().map(JsonNode::asString).toList()).contains("LINK", "PROMO_CODE");

		// one author writing again and again about one brand, in the same words, from one address
		String from = address();
		String body = "Le service de cette marque est vraiment attentif et rapide, je suis une cliente comblée depuis des années.";
		for (int i = 0; i < Stories.SAME_ADDRESS; i++) {
			tell(from, brand + " Bis", "GOOD", "Comblée " + i, body + " Épisode " + i + ".", "Nina");
		}
		tell(from, brand + " Bis", "GOOD", "Comblée encore", body, "Nina");
		List<String> reasons = moderator.get("/api/stories/waiting").json().valueStream()
			.filter(story -> story.get("title").asString().equals("Comblée encore")).findFirst().orElseThrow().get("reasons").valueStream()
			.map(JsonNode::asString).toList();
		assertThat(reasons).contains("SAME_AUTHOR", "SAME_WORDING", "SAME_ADDRESS");

		String moderation = mvc.perform(get("/stories/moderation?lang=fr").with(user("celine").roles("SUPERVISOR"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(moderation).contains(brand, "contient un lien", "contient un code promo");
		assertThat(mvc.perform(get("/stories/moderation").with(user("paul").roles("ADVISOR"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndAnAddressIsLimited() throws Exception {
		String from = address();
		MockHttpServletResponse refused = mvc.perform(post("/stories?lang=fr").with(csrf()).with(request -> {
			request.setRemoteAddr(from);
			return request;
		}).param("brand", "Garage").param("tone", "BAD").param("title", "Trop court").param("body", "Trop court.").param("authorName", "Luc"))
			.andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Votre histoire : doit compter de 30 à 5000 caractères");
		for (int i = 0; i < Stories.PER_ADDRESS_AND_HOUR - 1; i++) {
			tell(from, "Garage " + i, "BAD", "Attente", "Trois semaines pour une simple vidange, sans un appel pour prévenir du retard.", "Luc");
		}
		assertThat(mvc.perform(post("/stories").with(csrf()).with(request -> {
			request.setRemoteAddr(from);
			return request;
		}).param("brand", "Garage")).andReturn().getResponse().getStatus()).isEqualTo(429);
	}

	@Test
	void theRankingCarriesTheWilsonIntervalAndLeavesThinBrandsUnranked() throws Exception {
		String brand = "Boulangerie " + UUID.randomUUID().toString().substring(0, 6);
		String[] tones = { "GOOD", "GOOD", "BAD", "GOOD", "GOOD" };
		for (int i = 0; i < tones.length; i++) {
			tell(address(), brand, tones[i], "Histoire " + i, "Une histoire vécue dans cette boulangerie, numéro " + i + ", racontée simplement.",
					"Client " + i);
			long id = moderator.get("/api/stories/waiting").json().valueStream().filter(story -> story.get("brand").asString().equals(brand))
				.findFirst().orElseThrow().get("id").asLong();
			moderator.post("/api/stories/" + id + "/decision", "{\"decision\":\"PUBLISHED\"}");
			JsonNode ranked = moderator.get("/api/stories/ranking").json().valueStream()
				.filter(row -> row.get("brand").asString().equals(brand)).findFirst().orElseThrow();
			assertThat(ranked.get("ranked").asBoolean()).as("%d stories", i + 1).isEqualTo(i + 1 >= BrandRanking.ENOUGH);
		}
		JsonNode ranked = moderator.get("/api/stories/ranking").json().valueStream().filter(row -> row.get("brand").asString().equals(brand))
			.findFirst().orElseThrow();
		assertThat(ranked.get("stories").asLong()).isEqualTo(5);
		// R: prop.test(4, 5, correct = FALSE)$conf.int → 0.3755346 0.9637759
		assertThat(ranked.get("lower").asDouble()).isCloseTo(0.3755346, within(1e-6));
		assertThat(ranked.get("upper").asDouble()).isCloseTo(0.9637759, within(1e-6));
		assertThat(page("/stories?lang=en")).contains(brand, "80% (95% CI 38% – 96%)");
	}

	/** Tells a story through the public form from {@code from}; answers its private link's token. */
	private String tell(String from, String brand, String tone, String title, String body, String name) throws Exception {
		MockHttpServletResponse told = mvc.perform(post("/stories").with(csrf()).with(request -> {
			request.setRemoteAddr(from);
			return request;
		}).param("brand", brand).param("tone", tone).param("title", title).param("body", body).param("authorName", name)).andReturn().getResponse();
		assertThat(told.getStatus()).as(told.getContentAsString()).isEqualTo(200);
		Matcher link = PRIVATE_LINK.matcher(told.getContentAsString());
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private JsonNode story(String brand) {
		return moderator.get("/api/stories/waiting").json().valueStream().filter(story -> story.get("brand").asString().equals(brand))
			.findFirst().orElseThrow();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

	/** An address of its own for each story told, unless a test means one address. */
	private static String address() {
		int next = ADDRESSES.incrementAndGet();
		return "10.1." + next / 250 + "." + next % 250;
	}
}
