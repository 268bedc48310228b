package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.history.History;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An administrator adds a contact reason on the page; it is offered at once, and its definition is in the history. */
@FideleTest
class ReasonAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	History history;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReasonAddedOnThePageIsOfferedAndInTheHistory() {
		String code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
		PageSession session = PageSession.signIn(port, people.create(Role.ADMIN, "fr").username(), TestPeople.PASSWORD);

		assertThat(session.submit("/admin/reasons", "code=bad+code&labelFr=X&labelEn=X&position=5&active=true&why=essai"))
			.contains("2 à 64 caractères");
		String saved = session.submit("/admin/reasons", "code=" + code + "&labelFr=Panne+de+compteur&labelEn=Meter+failure&position=5"
				+ "&active=true&why=nouveau+compteur");

		assertThat(saved).contains("C’est fait.", code, "Panne de compteur");
		assertThat(new ApiClient(port, people.create(Role.ADVISOR).token()).get("/api/reasons").body()).contains(code, "Meter failure");
		long id = jdbc.sql("select id from contact_reason where code = ?").param(code).query(Long.class).single();
		assertThat(history.of(Reasons.HISTORY_ENTITY, id)).singleElement().satisfies(entry -> assertThat(entry.reason()).isEqualTo("nouveau compteur"));
	}
}
