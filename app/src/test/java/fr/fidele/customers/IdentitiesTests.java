package fr.fidele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import fr.fidele.platform.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IdentitiesTests {

	@ParameterizedTest
	@CsvSource({ "06 12 34 56 78, +33612345678", "+33 6 12 34 56 78, +33612345678", "0033612345678, +33612345678",
			"+1 (514) 555-0199, +15145550199", "01.45.67.89.10, +33145678910" })
	void phoneNumbersBecomeE164(String typed, String expected) {
		assertThat(Identities.normalise(IdentityKind.PHONE, typed, "phone").value()).isEqualTo(expected);
	}

	@Test
	void emailsAreLowerCasedAndCheckedAndBadValuesNameTheField() {
		assertThat(Identities.normalise(IdentityKind.EMAIL, " Marie.Dupont@Exemple.FR ", "x").value())
			.isEqualTo("marie.dupont@exemple.fr");
		assertThatThrownBy(() -> Identities.normalise(IdentityKind.EMAIL, "marie@", "identities[2]"))
			.isInstanceOf(InvalidFieldException.class)
			.extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("identities[2].value");
		assertThatThrownBy(() -> Identities.normalise(IdentityKind.PHONE, "12", "p")).isInstanceOf(InvalidFieldException.class);
		assertThat(Identities.normalise(IdentityKind.SOCIAL, "X:@MarieD", "s").value()).isEqualTo("x:@maried");
	}

	@Test
	void searchTextFindsNamesWithoutAccentsAndPhonesInBothForms() {
		String text = SearchText.of("CLI-0001", "Hélène Légaré",
				List.of(new Identity(IdentityKind.PHONE, "+33612345678"), new Identity(IdentityKind.EMAIL, "h@exemple.fr")));
		assertThat(text).contains("helene legare", "cli-0001", "+33612345678", "0612345678", "h@exemple.fr");
		assertThat(SearchText.query("Légaré")).isEqualTo("legare");
		assertThat(SearchText.query("06 12 34")).isEqualTo("061234");
	}
}
