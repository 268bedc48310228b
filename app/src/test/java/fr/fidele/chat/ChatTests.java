package fr.fidele.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.PersonalValues;
import fr.fidele.platform.web.WebhookSignature;
import fr.fidele.privacy.PersonalDataErasure;
import fr.fidele.privacy.PersonalDataExport;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.TestPeople;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live chat from the customer's side over real HTTP, as the widget's frame calls it (its event stream read as it
 * comes), with the advisor taking the chat from routing: a customer signed in on the site is verified by their signed
 * reference and nobody asks who they are; messages go both ways live, once each; a token opens its conversation only;
 * bad input is refused naming the field; outside hours the customer leaves a message, which becomes an e-mail case.
 */
@FideleTest
class ChatTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();
	private static final String SITE = TestWidget.SITE;

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	CustomerManagement customers;

	@Autowired
	ChatConversations conversations;

	@Autowired
	ChatMessages messages;

	@Autowired
	ChatNotifications notifications;

	@Autowired
	ChatCallBacks callBacks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonalDataExport export;

	@Autowired
	PersonalDataErasure erasure;

	TestWidget widget;
	ApiClient admin;
	ApiClient visitor;
	String queue;
	String key;
	String secret;

	@BeforeEach
	void aWidgetOnTheCompanysSite() {
		widget = TestWidget.create(port, people, routing, customers);
		admin = widget.admin();
		visitor = widget.visitor();
		queue = widget.queue();
		key = widget.key();
		secret = widget.secret();
	}

	private Customer customer() {
		return widget.customer();
	}

	private ApiClient.Response start(String body) {
		return widget.start(body);
	}

	private String signed(String reference) {
		return widget.signed(reference);
	}

	@Test
	void aSignedInCustomerIsVerifiedAndChatsLiveWithTheAdvisorBothWays() throws Exception {
		Customer customer = customer();
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		routing.presence(advisor, "AVAILABLE");

		ApiClient.Response started = start(signed(customer.reference()));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(started.json().get("verified").asBoolean()).isTrue();
		assertThat(started.json().get("longWait").asBoolean()).as("an advisor free: no long wait").isFalse();
		long id = started.json().get("id").asLong();
		ApiClient mine = new ApiClient(port, started.json().get("token").asString());

		JsonNode item = routing.awaitItem(advisor, node -> "CHAT".equals(node.get("channel").asString()));
		long itemId = item.get("id").asLong();
		assertThat(item.get("customerId").asLong()).isEqualTo(customer.id());
		assertThat(item.get("verifiedByChannel").asBoolean()).as("nobody asks who they are").isTrue();
		assertThat(advisor.api().post("/api/routing/items/" + itemId + "/accept", "{}").status()).isEqualTo(200);
		long contact = item.get("contactId").asLong();
		assertThat(jdbc.sql("select identity_verified from contact where id = ?").param(contact).query(Boolean.class).single()).isTrue();
		String wall = mvc.perform(get("/supervision/panel").with(user("someone").roles("SUPERVISOR"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(wall).as("the supervisors see the chat in progress on the wall").contains("id=\"live-" + itemId + "\"");

		try (Events events = new Events(id, started.json().get("token").asString(), 0)) {
			assertThat(events.next("message").get("body").asString()).isEqualTo("Bonjour, ma commande n'est pas arrivée");
			messages.fromAdvisor(conversations.find(id), advisor.id(), "Camille", "Je regarde votre commande tout de suite.");
			JsonNode answer = events.next("message");
			assertThat(answer.get("author").asString()).isEqualTo("ADVISOR");
			assertThat(answer.get("authorName").asString()).isEqualTo("Camille");
			assertThat(answer.get("seq").asInt()).isEqualTo(2);

			LinkedBlockingQueue<ChatMessages.Author> typing = new LinkedBlockingQueue<>();
			Runnable deaf = notifications.listen(id, new ChatNotifications.Listener() {
				@Override
				public void changed() {
				}

				@Override
				public void typing(ChatMessages.Author who) {
					typing.add(who);
				}
			});
			assertThat(mine.post("/chat/v1/conversations/" + id + "/typing", "{}").status()).isEqualTo(204);
			assertThat(typing.poll(15, TimeUnit.SECONDS)).as("the advisor's side is told the customer types").isEqualTo(ChatMessages.Author.CUSTOMER);
			deaf.run();
			notifications.typing(id, ChatMessages.Author.ADVISOR);
			assertThat(events.next("typing").get("author").asString()).as("the customer sees the advisor typing").isEqualTo("ADVISOR");
		}
		assertThat(jdbc.sql("select first_response_at is not null from contact where id = ?").param(contact).query(Boolean.class).single())
			.as("the advisor's first answer is the contact's first response").isTrue();

		ApiClient.Response written = mine.post("/chat/v1/conversations/" + id + "/messages", "{\"clientId\":\"c2\",\"text\":\"Merci !\"}");
		ApiClient.Response again = mine.post("/chat/v1/conversations/" + id + "/messages", "{\"clientId\":\"c2\",\"text\":\"Merci !\"}");
		assertThat(written.status()).isEqualTo(201);
		assertThat(again.json().get("seq").asInt()).as("sent again after a lost answer: kept once").isEqualTo(written.json().get("seq").asInt());
		try (Events late = new Events(id, started.json().get("token").asString(), 2)) {
			assertThat(late.next("message").get("body").asString()).as("a reconnection gets only what it lacks").isEqualTo("Merci !");
		}

		assertThat(mine.post("/chat/v1/conversations/" + id + "/seen", "{\"seq\":2}").status()).isEqualTo(204);
		assertThat(conversations.find(id).customerSeen()).isEqualTo(2);
		assertThat(mine.post("/chat/v1/conversations/" + id + "/end", "{}").status()).isEqualTo(200);
		assertThat(routing.state(itemId)).as("ended by the customer: the advisor wraps up").isEqualTo("WRAP_UP");
		assertThat(jdbc.sql("select ended_by from contact where id = ?").param(contact).query(String.class).single()).isEqualTo("CUSTOMER");
		assertThat(mine.post("/chat/v1/conversations/" + id + "/messages", "{\"text\":\"encore\"}").status()).isEqualTo(409);
		assertThat(mine.get("/chat/v1/conversations/" + id).json().get("messages")).extracting(node -> node.get("body").asString())
			.containsExactly("Bonjour, ma commande n'est pas arrivée", "Je regarde votre commande tout de suite.", "Merci !", "ENDED_BY_CUSTOMER");

		assertThat(mine.post("/chat/v1/conversations/" + id + "/transcript", "{\"email\":\"ines@\"}").body()).contains("\"field\":\"email\"");
		assertThat(mine.post("/chat/v1/conversations/" + id + "/transcript", "{\"email\":\"ines@exemple.fr\"}").status()).isEqualTo(202);
		assertThat(MAIL.waitForIncomingEmail(15_000, 1)).as("the transcript sent").isTrue();
		MimeMessage transcript = MAIL.getReceivedMessages()[0];
		assertThat(transcript.getAllRecipients()[0].toString()).isEqualTo("ines@exemple.fr");
		assertThat(transcript.getSubject()).isEqualTo("Votre discussion avec Boutique en ligne");
		assertThat((String) transcript.getContent()).contains("Vous : Bonjour, ma commande", "Camille : Je regarde votre commande",
				"Le client a terminé la discussion.");
	}

	@Test
	void aChatIsHandedOnToACallOnTheSameCaseWithItsNoteAndTheCustomerStillVerified() {
		Customer customer = customer();
		Advisor advisor = routing.advisor(port, Map.of(queue, 1));
		routing.presence(advisor, "AVAILABLE");
		long id = start(signed(customer.reference())).json().get("id").asLong();
		long itemId = routing.awaitItem(advisor, node -> "CHAT".equals(node.get("channel").asString())).get("id").asLong();
		assertThat(advisor.api().post("/api/routing/items/" + itemId + "/accept", "{}").status()).isEqualTo(200);

		assertThatThrownBy(() -> callBacks.callBack(advisor.id(), itemId, "pas un numéro", "Rappeler"))
			.isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.field()).isEqualTo("number"));
		assertThatThrownBy(() -> callBacks.callBack(advisor.id(), itemId, "06 12 34 56 78", " "))
			.isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.field()).isEqualTo("note"));
		long callback = callBacks.callBack(advisor.id(), itemId, "06 12 34 56 78", "Colis 42 perdu : proposer un renvoi");

		assertThat(routing.state(itemId)).isEqualTo("WRAP_UP");
		assertThat(jdbc.sql("""
				select w.channel || ' ' || w.callback_number || ' ' || w.transfer_note || ' ' || w.verified_by_channel
				from work_item w where w.id = ?""").param(callback).query(String.class).single())
			.isEqualTo("CALLBACK +33612345678 Colis 42 perdu : proposer un renvoi true");
		// waiting in its queue, unless the routing engine has already offered it to an advisor available there
		assertThat(routing.state(callback)).isIn("QUEUED", "OFFERED");
		assertThat(jdbc.sql("""
				select count(distinct c.case_id) from contact c join work_item w on w.contact_id = c.id where w.id in (?, ?)""")
			.params(itemId, callback).query(Integer.class).single()).as("the call continues the chat's case").isEqualTo(1);
		assertThat(conversations.find(id).open()).isFalse();
		assertThat(messages.after(id, 0)).extracting(ChatMessage::body).contains("CALLING_BACK", "ENDED_BY_ADVISOR");
	}

	@Test
	void aWaitingCustomerAsksToBeCalledInsteadAndKeepsTheirPlace() {
		ApiClient.Response started = start(signed(customer().reference()));
		long id = started.json().get("id").asLong();
		ApiClient mine = new ApiClient(port, started.json().get("token").asString());
		long itemId = conversations.find(id).itemId();
		Timestamp place = jdbc.sql("select queued_at from work_item where id = ?").param(itemId).query(Timestamp.class).single();

		assertThat(mine.post("/chat/v1/conversations/" + id + "/call-back", "{\"number\":\"abc\"}").body()).contains("\"field\":\"number\"");
		assertThat(mine.post("/chat/v1/conversations/" + id + "/call-back", "{\"number\":\"07 11 22 33 44\"}").status()).isEqualTo(202);

		assertThat(jdbc.sql("select channel || ' ' || state || ' ' || callback_number from work_item where id = ?").param(itemId)
			.query(String.class).single()).isEqualTo("CALLBACK QUEUED +33711223344");
		assertThat(jdbc.sql("select queued_at from work_item where id = ?").param(itemId).query(Timestamp.class).single())
			.as("its place in the queue kept").isEqualTo(place);
		assertThat(conversations.find(id).open()).isFalse();
		assertThat(messages.after(id, 0)).extracting(ChatMessage::body).contains("CALLBACK_REQUESTED");
		assertThat(mine.post("/chat/v1/conversations/" + id + "/call-back", "{\"number\":\"07 11 22 33 44\"}").status()).isEqualTo(409);
	}

	@Test
	void aVisitorGivesANameAndATokenOpensItsOwnConversationOnly() {
		ApiClient.Response nameless = start("{\"text\":\"Bonjour\"}");
		assertThat(nameless.status()).isEqualTo(422);
		assertThat(nameless.body()).contains("\"field\":\"name\"");
		String reference = customer().reference();
		String forged = signed(reference).replaceAll("t=[^\"]+", WebhookSignature.header("chatsec_guessed", Instant.now().getEpochSecond(), reference));
		assertThat(start(forged).body()).as("signed with another secret").contains("\"field\":\"signature\"");
		ApiClient.Response old = start(signed(reference).replaceAll("t=[^\"]+",
				WebhookSignature.header(secret, Instant.now().getEpochSecond() - 3600, reference)));
		assertThat(old.body()).as("a signature an hour old is a replay").contains("\"field\":\"signature\"");
		assertThat(start("{\"name\":\"Léo\",\"text\":\"" + "x".repeat(4001) + "\"}").body()).contains("\"field\":\"text\"");
		assertThat(start("{\"name\":\"Léo\",\"email\":\"pas une adresse\",\"text\":\"Bonjour\"}").body()).contains("\"field\":\"email\"");
		assertThat(visitor.post("/chat/v1/widgets/unknown/conversations", "{\"name\":\"Léo\",\"text\":\"Bonjour\"}").status()).isEqualTo(404);

		ApiClient.Response first = start("{\"name\":\"Léo <b>Petit</b>\",\"text\":\"<script>alert(1)</script>\"}");
		ApiClient.Response second = start("{\"name\":\"Zoé\",\"text\":\"Bonjour\"}");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("verified").asBoolean()).isFalse();
		long firstId = first.json().get("id").asLong();
		ApiClient secondToken = new ApiClient(port, second.json().get("token").asString());
		assertThat(secondToken.get("/chat/v1/conversations/" + firstId).status()).as("another conversation's token").isEqualTo(404);
		assertThat(visitor.get("/chat/v1/conversations/" + firstId).status()).as("no token").isEqualTo(404);
		assertThat(secondToken.post("/chat/v1/conversations/" + firstId + "/messages", "{\"text\":\"intrus\"}").status()).isEqualTo(404);
		assertThat(new ApiClient(port, first.json().get("token").asString()).get("/chat/v1/conversations/" + firstId).json()
			.at("/messages/0/body").asString()).isEqualTo("<script>alert(1)</script>");
		assertThat(jdbc.sql("select count(*) from chat_message where conversation_id = ?").param(firstId).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void startsFromOneAddressAreLimitedPerWidget() {
		int accepted = 0;
		int refused = 0;
		for (int i = 0; i < 13; i++) {
			int status = start("{\"name\":\"Robot\",\"text\":\"Bonjour " + i + "\"}").status();
			accepted += status == 201 ? 1 : 0;
			refused += status == 429 ? 1 : 0;
		}
		assertThat(accepted).as("fidele.chat.conversations-per-address in the tests").isEqualTo(10);
		assertThat(refused).isEqualTo(3);
	}

	@Test
	void theFrameMayBeShownOnlyByTheWidgetsSitesAndAWithdrawnWidgetIsGone() throws Exception {
		HttpResponse<String> frame = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/chat/" + key + "/frame?lang=en")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(frame.statusCode()).isEqualTo(200);
		assertThat(frame.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors " + SITE));
		assertThat(frame.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(frame.body()).contains("Start the chat").doesNotContain("Commencer");
		assertThat(admin.post("/api/chat/widgets", "{\"name\":\"X\",\"queue\":\"%s\",\"allowedOrigins\":[\"https://a.fr/page\"]}".formatted(queue))
			.body()).contains("\"field\":\"allowedOrigins\"");

		String widgetsPage = mvc.perform(get("/admin/chat-widgets").with(user("admin").roles("ADMIN"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(widgetsPage).as("the tag to put on the site, escaped").contains("/chat/widget.js&quot; data-widget=&quot;" + key + "&quot;")
			.doesNotContain(secret);

		long id = jdbc.sql("select id from chat_widget where public_key = ?").param(key).query(Long.class).single();
		assertThat(admin.post("/api/chat/widgets/" + id + "/withdraw", "{}").status()).isEqualTo(200);
		assertThat(visitor.get("/chat/v1/widgets/" + key).status()).isEqualTo(404);
		assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/chat/" + key + "/frame")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
	}

	@Test
	void theTranscriptIsInTheCaseFileEscapedInTheCustomersExportAndGoesWithTheirErasure() throws Exception {
		Customer customer = customer();
		ApiClient.Response started = start(signed(customer.reference()).replace("Bonjour, ma commande n'est pas arrivée", "<img src=x onerror=alert(1)>"));
		long id = started.json().get("id").asLong();
		messages.fromAdvisor(conversations.find(id), people.create(Role.ADVISOR).id(), "Camille", "Voici le suivi de votre colis.");
		long caseId = jdbc.sql("select case_id from contact where id = ?").param(conversations.find(id).contactId()).query(Long.class).single();

		String page = mvc.perform(get("/cases/" + caseId).with(user("someone").roles("ADVISOR"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("id=\"chats\"").contains("Voici le suivi de votre colis.").contains("&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<img src=x");
		assertThat(export.export(customer.id()).chats()).extracting(ChatMessage::body).contains("<img src=x onerror=alert(1)>",
				"Voici le suivi de votre colis.");

		erasure.erase(customer.id(), "demande du client (test)");
		assertThat(jdbc.sql("select count(*) from chat_message where conversation_id = ? and body not in (?, 'ENDED_BY_CUSTOMER')")
			.params(id, PersonalValues.ERASED).query(Integer.class).single()).as("every message's text erased").isZero();
	}

	@Test
	void aCustomersFileIsKeptWithinTheLimitAndGivenBackOnlyAsADownload() throws Exception {
		ApiClient.Response started = start("{\"name\":\"Zoé\",\"text\":\"Voici ma facture\"}");
		long id = started.json().get("id").asLong();
		String token = started.json().get("token").asString();
		byte[] invoice = "%PDF-1.4 facture 2026-11".getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> sent = upload(id, token, "../../etc/facture novembre.pdf", invoice);
		assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
		JsonNode message = json.readTree(sent.body());
		assertThat(message.get("body").asString()).as("the name only, never a path").isEqualTo("facture novembre.pdf");
		long fileId = message.get("fileId").asLong();
		HttpResponse<byte[]> back = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/chat/v1/conversations/" + id + "/files/" + fileId))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(back.body()).isEqualTo(invoice);
		assertThat(back.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment"));
		assertThat(back.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		String other = start("{\"name\":\"Léo\",\"text\":\"Bonjour\"}").json().get("token").asString();
		assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/chat/v1/conversations/" + id + "/files/" + fileId))
			.header("Authorization", "Bearer " + other).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(404);
		assertThat(mvc.perform(get("/chat-files/" + fileId).with(user("someone").roles("ADVISOR"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray()).isEqualTo(invoice);

		HttpResponse<String> large = upload(id, token, "video.mp4", new byte[65 * 1024]);
		assertThat(large.statusCode()).isEqualTo(422);
		assertThat(large.body()).contains("\"field\":\"file\"");
		assertThat(jdbc.sql("select count(*) from chat_file where conversation_id = ?").param(id).query(Integer.class).single())
			.as("the larger file kept nothing").isEqualTo(1);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private HttpResponse<String> upload(long conversation, String token, String filename, byte[] content) throws Exception {
		String boundary = "fidele-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/chat/v1/conversations/" + conversation + "/files"))
			.header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A conversation's event stream, read as the widget reads it. */
	private final class Events implements AutoCloseable {

		private final LinkedBlockingQueue<String[]> received = new LinkedBlockingQueue<>();
		private final HttpResponse<Stream<String>> response;

		Events(long conversation, String token, int lastSeq) throws Exception {
			response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/chat/v1/conversations/" + conversation + "/events"))
				.header("Authorization", "Bearer " + token).header("Last-Event-ID", Integer.toString(lastSeq)).build(),
					HttpResponse.BodyHandlers.ofLines());
			assertThat(response.statusCode()).isEqualTo(200);
			Thread reader = new Thread(() -> {
				String[] event = { "message", null };
				for (String line : (Iterable<String>) response.body()::iterator) {
					if (line.startsWith("event:")) {
						event[0] = line.substring(6).strip();
					}
					else if (line.startsWith("data:")) {
						event[1] = line.substring(5).strip();
					}
					else if (line.isEmpty() && event[1] != null) {
						received.add(event.clone());
						event[0] = "message";
						event[1] = null;
					}
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		JsonNode next(String name) throws Exception {
			long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			while (System.nanoTime() < until) {
				String[] event = received.poll(1, TimeUnit.SECONDS);
				if (event != null && event[0].equals(name)) {
					return json.readTree(event[1]);
				}
			}
			throw new AssertionError("no '" + name + "' event within 15 s");
		}

		@Override
		public void close() {
			response.body().close();
		}
	}
}
