package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fidele.FideleTest;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person changes their own password on their account page: the current one is asked, the new one follows the
 * policy, each refusal is said beside its field in the person's language, and only the new password signs in after.
 */
@FideleTest
class PasswordChangeTests {

	private static final String NEW = "trois petits chats dans le jardin";

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void theNewPasswordReplacesTheOldOne() {
		TestPeople.Person advisor = people.create(Role.ADVISOR, "fr");
		PageSession session = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);

		assertThat(session.submit("/account/password", form("pas-le-bon", NEW, NEW))).contains("ce n’est pas votre mot de passe actuel");
		assertThat(session.submit("/account/password", form(TestPeople.PASSWORD, "1qaz2wsx3edc", "1qaz2wsx3edc")))
			.contains("parmi les plus courants");
		assertThat(session.submit("/account/password", form(TestPeople.PASSWORD, NEW, NEW + "!"))).contains("les deux saisies diffèrent");
		assertThat(session.submit("/account/password", form(TestPeople.PASSWORD, "<b>ko</b>", "<b>ko</b>")))
			.contains("au moins 12 caractères").doesNotContain("<b>ko</b>");

		assertThat(session.submit("/account/password", form(TestPeople.PASSWORD, NEW, NEW))).contains("Votre mot de passe est changé.");
		assertThatThrownBy(() -> PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD)).hasMessageContaining("could not sign in");
		PageSession.signIn(port, advisor.username(), NEW);
	}

	@Test
	void anEnglishSpeakerIsAnsweredInEnglish() {
		TestPeople.Person advisor = people.create(Role.ADVISOR, "en");
		PageSession session = PageSession.signIn(port, advisor.username(), TestPeople.PASSWORD);

		assertThat(session.submit("/account/password", form(TestPeople.PASSWORD, "short", "short"))).contains("at least 12 characters");
	}

	private static String form(String current, String replacement, String confirmation) {
		return "currentPassword=" + encode(current) + "&newPassword=" + encode(replacement) + "&confirmation=" + encode(confirmation);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}
}
