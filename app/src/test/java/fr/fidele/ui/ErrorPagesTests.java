package fr.fidele.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A page refused for one's role says so and for whom it is, in the user's language, with a way back; a page that
 * does not exist says that, not that something went wrong.
 */
@FideleTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void aDirectorOpeningTheWorkspaceIsToldItIsForAdvisorsAndSupervisors() {
		PageSession director = PageSession.signIn(port, people.create(Role.DIRECTOR).username(), TestPeople.PASSWORD);

		HttpResponse<String> refused = director.get("/workspace");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Page non accessible").contains("réservée aux conseillers, superviseurs")
			.doesNotContain("Une erreur est survenue").contains("href=\"/\"");

		director.get("/customers?lang=en");
		assertThat(director.get("/imports").body()).contains("This page is for administrators").doesNotContain("réservée");
	}

	@Test
	void aMissingCustomerIsAPageNotFound() {
		PageSession advisor = PageSession.signIn(port, people.create(Role.ADVISOR).username(), TestPeople.PASSWORD);

		HttpResponse<String> missing = advisor.get("/customers/987654321");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Page introuvable").doesNotContain("Une erreur est survenue");
	}
}
