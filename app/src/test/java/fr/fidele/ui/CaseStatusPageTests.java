package fr.fidele.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.contacts.CaseStatus;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case's status changes on its page only with a reason: one made of spaces is refused, said in the reader's language
 * beside the field, and the case stays as it was.
 */
@FideleTest
class CaseStatusPageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void aReasonOfSpacesIsRefusedAndTheCaseStaysAsItWas() {
		TestPeople.Person advisor = people.create(Role.ADVISOR);
		ApiClient api = new ApiClient(port, advisor.token());
		long customer = api.post("/api/customers", """
				{"reference":"CS-%s","name":"Luc Perrin","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2024-01-15"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).json().get("id").asLong();
		long supportCase = api.post("/api/cases", "{\"customerId\":%d,\"subject\":\"Facture double\"}".formatted(customer)).json().get("id")
			.asLong();
		String page = "/cases/" + supportCase;
		String next = CaseStatus.OPEN.next().iterator().next().name();
		PageSession session = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);

		String refused = session.submit(page, page + "/status", "status=" + next + "&reason=%20%20%20");

		assertThat(refused).contains("role=\"alert\"").contains("est obligatoire").contains("aria-invalid=\"true\"");
		assertThat(api.get("/api/cases/" + supportCase).json().get("status").asString()).isEqualTo("OPEN");
		assertThat(session.submit(page, page + "/status", "status=" + next + "&reason=client%20rappel%C3%A9")).contains("C’est fait.");
		assertThat(api.get("/api/cases/" + supportCase).json().get("status").asString()).isEqualTo(next);
	}
}
