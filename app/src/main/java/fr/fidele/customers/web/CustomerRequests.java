package fr.fidele.customers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.fidele.customers.Consent;
import fr.fidele.customers.CustomerChanges;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.NewCustomer;
import fr.fidele.customers.NewOutcome;
import fr.fidele.customers.OutcomeType;
import fr.fidele.casefile.Segment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The JSON bodies the customer API accepts. */
final class CustomerRequests {

	private CustomerRequests() {
	}

	record IdentityBody(@NotNull IdentityKind kind, @NotBlank @Size(max = 320) String value) {
		Identity toIdentity() {
			return new Identity(kind, value);
		}
	}

	record Register(@NotBlank @Size(max = 64) String reference, @NotBlank @Size(max = 200) String name,
			@Pattern(regexp = "fr|en") String language, @NotNull Segment segment, @NotNull Expertise expertise,
			@PositiveOrZero BigDecimal monthlyValue, @NotNull LocalDate customerSince, Consent consent,
			@Size(max = 10000) String notes, List<@Valid IdentityBody> identities) {

		NewCustomer toNewCustomer() {
			return new NewCustomer(reference, name, language, segment, expertise, monthlyValue, customerSince, consent,
					notes, identities == null ? null : identities.stream().map(IdentityBody::toIdentity).toList());
		}
	}

	record Update(@Size(min = 1, max = 200) String name, @Pattern(regexp = "fr|en") String language, Segment segment,
			Expertise expertise, @PositiveOrZero BigDecimal monthlyValue, Consent consent,
			@Size(max = 10000) String notes, List<@Valid IdentityBody> identities) {

		CustomerChanges toChanges() {
			return new CustomerChanges(name, language, segment, expertise, monthlyValue, consent, notes,
					identities == null ? null : identities.stream().map(IdentityBody::toIdentity).toList());
		}
	}

	record Outcome(@NotNull OutcomeType type, @NotNull LocalDate occurredOn, @PositiveOrZero BigDecimal monthlyValue,
			@Size(max = 2000) String note, @Size(max = 200) String externalRef) {

		NewOutcome toNewOutcome() {
			return new NewOutcome(type, occurredOn, monthlyValue, note, externalRef);
		}
	}
}
