package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import fr.fidele.FideleTest;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import fr.fidele.support.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With the setting on, an administrator without a second factor must set one up before reaching any page. */
@FideleTest
@TestPropertySource(properties = "fidele.sign-in.second-factor-for-administrators=true")
class SecondFactorForAdministratorsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void anAdministratorSetsUpASecondFactorBeforeAnythingElse() {
		TestPeople.Person admin = people.create(Role.ADMIN, "fr");
		PageSession session = PageSession.passwordTyped(port, admin.username(), TestPeople.PASSWORD);

		String setUp = session.get("/account/second-factor").body();
		assertThat(setUp).contains("Les administrateurs doivent activer la double authentification");
		assertThat(session.get("/admin/users").statusCode()).as("nothing else yet").isEqualTo(403);

		String secret = SecondFactorTests.secret(setUp);
		session.submit("/account/second-factor", "/account/second-factor/confirm", "code=" + Totp.code(secret, Instant.now()));
		assertThat(session.get("/admin/users").statusCode()).isEqualTo(200);

		TestPeople.Person advisor = people.create(Role.ADVISOR, "fr");
		assertThat(PageSession.passwordTyped(port, advisor.username(), TestPeople.PASSWORD).get("/customers").uri().getPath())
			.as("an advisor is not asked").isEqualTo("/customers");
	}
}
