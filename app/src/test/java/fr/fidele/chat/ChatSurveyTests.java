package fr.fidele.chat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fidele.FideleTest;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.support.ApiClient;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The survey a chat's customer is offered in the widget as the chat ends, by the administrators' rules: only once the
 * chat has ended, once per contact, to the conversation's token only; each score opens the answer page with it kept.
 */
@FideleTest
class ChatSurveyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	CustomerManagement customers;

	@Autowired
	JdbcClient jdbc;

	TestWidget widget;
	long survey;

	@BeforeEach
	void aWidgetAndASurveyAfterItsChats() {
		widget = TestWidget.create(port, people, routing, customers);
		survey = widget.admin().post("/api/surveys", """
				{"name":"Après discussion","kind":"TRANSACTIONAL","questions":[
				 {"measure":"CSAT","textFr":"La discussion vous a-t-elle aidé ?","textEn":"Did the chat help you?"}]}""").json().get("id").asLong();
		ApiClient.Response rule = widget.admin().post("/api/surveys/" + survey + "/rules",
				"{\"channel\":\"CHAT\",\"queue\":\"" + widget.queue() + "\"}");
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);
	}

	@AfterEach
	void withdrawn() {
		widget.admin().post("/api/surveys/" + survey + "/withdraw", "{}");
	}

	@Test
	void theEndedChatOffersItsSurveyOnceToItsOwnCustomer() {
		ApiClient.Response started = widget.start(widget.signed(widget.customer().reference()));
		long id = started.json().get("id").asLong();
		ApiClient mine = new ApiClient(port, started.json().get("token").asString());
		assertThat(mine.post("/chat/v1/conversations/" + id + "/survey", "{}").status()).as("still open").isEqualTo(204);
		assertThat(mine.post("/chat/v1/conversations/" + id + "/end", "{}").status()).isEqualTo(200);
		assertThat(widget.visitor().post("/chat/v1/conversations/" + id + "/survey", "{}").status()).as("no token").isEqualTo(404);

		ApiClient.Response offered = mine.post("/chat/v1/conversations/" + id + "/survey", "{}");
		assertThat(offered.status()).as(offered.body()).isEqualTo(200);
		JsonNode offer = offered.json();
		assertThat(offer.get("question").asString()).isEqualTo("La discussion vous a-t-elle aidé ?");
		assertThat(offer.get("lowest").asInt()).isEqualTo(1);
		assertThat(offer.get("highest").asInt()).isEqualTo(5);
		assertThat(mine.post("/chat/v1/conversations/" + id + "/survey", "{}").status()).as("offered once").isEqualTo(204);

		String page = widget.visitor().get(offer.get("path").asString() + "?answer=1-4").body();
		assertThat(page).contains("Bonjour Inès,").containsPattern("id=\"q1-4\"[^>]*checked");
		assertThat(jdbc.sql("""
				select i.sent_via || ' ' || i.channel from survey_invitation i
				where i.contact_id = (select contact_id from chat_conversation where id = ?)""").param(id).query(String.class).list())
			.as("one invitation, about the chat's contact").containsExactly("CHAT CHAT");
	}
}
