package fr.fidele.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.routing.OpeningHours;
import fr.fidele.routing.QueueCalendars;
import fr.fidele.support.ApiClient;
import fr.fidele.support.LocalMailboxes;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.RoutingFixture.Advisor;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * When the customer cannot chat now, over real HTTP as the widget's frame calls it: a long estimated wait offers a
 * callback or a message instead; outside the queue's hours the widget says when it opens, and the customer leaves a
 * message (an e-mail case) or asks to be called when it opens (a callback queued now, ahead of later requests).
 */
@FideleTest
class ChatWaitTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	CustomerManagement customers;

	@Autowired
	QueueCalendars calendars;

	@Autowired
	JdbcClient jdbc;

	TestWidget widget;

	@BeforeEach
	void aWidgetOnTheCompanysSite() {
		widget = TestWidget.create(port, people, routing, customers);
	}

	@Test
	void aLongEstimatedWaitOffersACallOrAMessageInstead() {
		// planted: fifteen minutes a chat, and the one advisor staffed on the queue has no chat slot free
		jdbc.sql("update routing_queue set default_handle_seconds = 900 where code = ?").param(widget.queue()).update();
		Advisor advisor = routing.advisor(port, Map.of(widget.queue(), 1));
		routing.presence(advisor, "AVAILABLE");
		jdbc.sql("update advisor_routing set chat_slots = 0 where advisor_id = ?").param(advisor.id()).update();

		ApiClient.Response started = widget.start(widget.signed(widget.customer().reference()));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(started.json().get("estimatedWaitSeconds").asLong()).as("first in line, one advisor, 900 s each").isEqualTo(900);
		assertThat(started.json().get("longWait").asBoolean()).as("above fidele.chat.longest-wait (10 min)").isTrue();
	}

	@Test
	void outsideHoursTheWidgetSaysWhenItOpensAndAMessageLeftBecomesAnEmailCase() {
		closedToday();
		long mailbox = LocalMailboxes.add(widget.admin(), "chat-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr", "secret",
				widget.queue()).json().get("id").asLong();
		ApiClient.Response withMailbox = widget.admin().post("/api/chat/widgets", """
				{"name":"Boutique","queue":"%s","allowedOrigins":["%s"],"fallbackMailboxId":%d}""".formatted(widget.queue(), TestWidget.SITE,
				mailbox));
		String closedKey = withMailbox.json().at("/widget/key").asString();
		ApiClient visitor = widget.visitor();

		JsonNode status = visitor.get("/chat/v1/widgets/" + closedKey).json();
		assertThat(status.get("open").asBoolean()).isFalse();
		assertThat(status.get("opensAt").isNull()).as("it opens on a Monday at nine").isFalse();
		assertThat(status.get("leaveMessage").asBoolean()).isTrue();
		assertThat(visitor.post("/chat/v1/widgets/" + closedKey + "/conversations", "{\"name\":\"Léo\",\"text\":\"Bonjour\"}").status())
			.isEqualTo(409);

		assertThat(visitor.post("/chat/v1/widgets/" + closedKey + "/left-messages", "{\"name\":\"Léo\",\"email\":\"faux\",\"text\":\"Bonjour\"}")
			.body()).contains("\"field\":\"email\"");
		ApiClient.Response left = visitor.post("/chat/v1/widgets/" + closedKey + "/left-messages",
				"{\"name\":\"Léo Petit\",\"email\":\"leo@exemple.fr\",\"text\":\"Rappelez-moi demain, svp.\"}");
		assertThat(left.status()).as(left.body()).isEqualTo(202);
		assertThat(jdbc.sql("""
				select c.channel from email_message m join contact c on c.id = m.contact_id
				where m.mailbox_id = ? and m.sender = 'leo@exemple.fr'""").param(mailbox).query(String.class).single())
			.as("an e-mail case, answered by e-mail").isEqualTo("WEB_FORM");
		assertThat(visitor.post("/chat/v1/widgets/" + widget.key() + "/left-messages",
				"{\"name\":\"Léo\",\"email\":\"leo@exemple.fr\",\"text\":\"x\"}").status()).as("a widget without a mailbox takes no message")
			.isEqualTo(404);
	}

	@Test
	void closedACustomerAsksToBeCalledWhenItOpensAndIsCalledBeforeLaterRequests() {
		Customer customer = widget.customer();
		String asked = widget.signed(customer.reference()).replace("\"clientId\"", "\"number\":\"%s\",\"clientId\"");
		assertThat(call(asked.formatted("06 12 34 56 78")).status()).as("open: the customer chats").isEqualTo(409);
		assertThat(widget.visitor().get("/chat/v1/widgets/" + widget.key()).json().get("callWhenOpen").asBoolean()).isFalse();

		closedToday();
		JsonNode status = widget.visitor().get("/chat/v1/widgets/" + widget.key()).json();
		assertThat(status.get("callWhenOpen").asBoolean()).isTrue();
		assertThat(call(asked.formatted("pas un numéro")).body()).contains("\"field\":\"number\"");
		assertThat(jdbc.sql("select count(*) from work_item where customer_id = ?").param(customer.id()).query(Integer.class).single())
			.as("a refused request leaves nothing behind").isZero();

		ApiClient.Response called = call(asked.formatted("06 12 34 56 78"));
		assertThat(called.status()).as(called.body()).isEqualTo(202);
		assertThat(called.json().get("opensAt").asString()).isEqualTo(status.get("opensAt").asString());
		ApiClient.Response later = call("{\"name\":\"Léo Rappel\",\"text\":\"Ma box ne marche plus\",\"number\":\"0711223344\"}");
		assertThat(later.status()).as(later.body()).isEqualTo(202);

		assertThat(jdbc.sql("""
				select w.channel || ' ' || w.state || ' ' || w.callback_number || ' ' || w.verified_by_channel
				from work_item w where w.queue_code = ? order by w.place_at, w.id""").param(widget.queue()).query(String.class).list())
			.as("both queued for the opening, the first asked called first, the signed-in customer still verified")
			.containsExactly("CALLBACK QUEUED +33612345678 true", "CALLBACK QUEUED +33711223344 false");
		assertThat(jdbc.sql("""
				select k.subject from work_item w join contact c on c.id = w.contact_id join support_case k on k.id = c.case_id
				where w.customer_id = ?""").param(customer.id()).query(String.class).single())
			.as("the advisor who calls reads what it is about").isEqualTo("Bonjour, ma commande n'est pas arrivée");
	}

	private ApiClient.Response call(String body) {
		return widget.visitor().post("/chat/v1/widgets/" + widget.key() + "/call-backs", body);
	}

	/** The widget's queue opens on Mondays from nine to six, and not today. */
	private void closedToday() {
		calendars.replace(widget.queue(), new OpeningHours(Map.of(DayOfWeek.MONDAY, List.of(new OpeningHours.Interval(LocalTime.of(9, 0),
				LocalTime.of(18, 0)))), Map.of(LocalDate.now(ZoneId.of("Europe/Paris")), "Fermeture exceptionnelle")), "chat test");
	}
}
