package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.FideleTest;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person sees where they are signed in and ends every other session; changing one's password does it too, and an
 * ended session finds the sign-in page saying why.
 */
@FideleTest
class SignedInSessionsTests {

	private static final Pattern SESSION_ROW = Pattern.compile("<tr>\\s*<td><code>");

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void aPersonEndsTheirOtherSessions() {
		TestPeople.Person advisor = people.create(Role.ADVISOR, "fr");
		PageSession office = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);
		PageSession phone = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);

		String page = office.get("/account/sessions").body();
		assertThat(count(SESSION_ROW.matcher(page))).isEqualTo(2);
		assertThat(page).contains("celle-ci");

		assertThat(office.submit("/account/sessions", "/account/sessions/end-others", "x=1")).contains("1 autre(s) session(s) déconnectée(s).");

		HttpResponse<String> ended = phone.get("/account/sessions");
		assertThat(ended.uri().getPath()).isEqualTo("/login");
		assertThat(ended.body()).contains("fermée depuis une autre connexion");
		assertThat(office.get("/account/sessions").uri().getPath()).isEqualTo("/account/sessions");
	}

	@Test
	void aNewPasswordEndsTheOtherSessions() {
		TestPeople.Person advisor = people.create(Role.ADVISOR, "fr");
		PageSession office = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);
		PageSession forgotten = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);

		office.submit("/account/password", "currentPassword=" + TestPeople.PASSWORD.replace("-", "%2D")
				+ "&newPassword=une+nouvelle+phrase+secr%C3%A8te&confirmation=une+nouvelle+phrase+secr%C3%A8te");

		assertThat(forgotten.get("/customers").uri().getPath()).isEqualTo("/login");
		assertThat(office.get("/customers").uri().getPath()).isEqualTo("/customers");
	}

	private static int count(Matcher matcher) {
		int found = 0;
		while (matcher.find()) {
			found++;
		}
		return found;
	}
}
