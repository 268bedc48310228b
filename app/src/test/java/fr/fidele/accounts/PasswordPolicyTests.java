package fr.fidele.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fidele.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** Long rather than complicated, and not what attackers try first. */
class PasswordPolicyTests {

	@Test
	void aLongSentenceIsWelcome() {
		assertThatCode(() -> PasswordPolicy.check("newPassword", "camille", "le chat dort sur la box internet")).doesNotThrowAnyException();
		assertThatCode(() -> PasswordPolicy.check("newPassword", "camille", "Été à Québec, 2026 !")).doesNotThrowAnyException();
	}

	@Test
	void shortPasswordsAreRefusedWhateverTheirSymbols() {
		assertRefused("Xy7#kQ!2p", "invalid.passwordShort");
		assertRefused("", "invalid.required");
	}

	@Test
	void passwordsCommonInLeaksAreRefusedInAnyCase() {
		// both among the most common long passwords of the shipped list (OWASP SecLists)
		assertRefused("1qaz2wsx3edc", "invalid.passwordCommon");
		assertRefused("QWERTY123456", "invalid.passwordCommon");
		assertRefused("aaaaaaaaaaaaaaaa", "invalid.passwordCommon");
	}

	@Test
	void thePasswordMustNotContainTheUserName() {
		assertRefused("Camille-et-son-chat-2026", "invalid.passwordHasUsername");
	}

	@Test
	void whatTheHashCannotReadIsRefused() {
		assertRefused("é".repeat(37), "invalid.passwordLong");
	}

	private static void assertRefused(String password, String code) {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "camille", password)).isInstanceOf(InvalidFieldException.class)
			.satisfies(refusal -> {
				InvalidFieldException invalid = (InvalidFieldException) refusal;
				assertThat(invalid.field()).isEqualTo("newPassword");
				assertThat(invalid.getCodes()).containsExactly(code);
			});
	}
}
