package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.FideleTest;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import fr.fidele.support.Totp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person sets up an authenticator app and is asked its code after the password from then on: a wrong code is
 * refused, a right one signs in, a code already used does not sign in twice. The codes are computed by the test from
 * RFC 6238, not by the library Fidèle uses.
 */
@FideleTest
class SecondFactorTests {

	static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7]+)<");

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void aSecondFactorSetUpIsAskedAfterThePassword() {
		TestPeople.Person advisor = people.create(Role.ADVISOR, "fr");
		PageSession setUp = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);
		String secret = secret(setUp.get("/account/second-factor").body());
		assertThat(setUp.submit("/account/second-factor", "/account/second-factor/confirm", "code=000000"))
			.as("a wrong first code").contains("pas le bon");
		assertThat(setUp.submit("/account/second-factor", "/account/second-factor/confirm", "code=" + Totp.code(secret, Instant.now())))
			.contains("La double authentification est active");

		PageSession next = PageSession.passwordTyped(port, advisor.username(), TestPeople.PASSWORD);
		assertThat(next.get("/customers").statusCode()).as("held at the gate").isEqualTo(403);
		assertThat(next.submit("/login/second-factor", "code=123456")).contains("pas le bon");
		String code = Totp.code(secret, Instant.now().plusSeconds(30));
		next.submit("/login/second-factor", "code=" + code);
		assertThat(next.get("/customers").statusCode()).isEqualTo(200);

		PageSession replay = PageSession.passwordTyped(port, advisor.username(), TestPeople.PASSWORD);
		assertThat(replay.submit("/login/second-factor", "code=" + code)).as("a code is accepted once").contains("pas le bon");
	}

	static String secret(String page) {
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the set-up page shows the secret").isTrue();
		return secret.group(1);
	}
}
