package fr.fidele.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.fidele.casefile.Segment;

/** A customer as the case file shows them. */
public record Customer(long id, String reference, String name, String language, Segment segment, Expertise expertise,
		BigDecimal monthlyValue, LocalDate customerSince, Consent consent, String notes, LocalDate churnedOn,
		List<Identity> identities, int version) {

	public boolean churned() {
		return churnedOn != null;
	}

	/** Days from the start of the relationship to its end, or to the given day while it lasts. */
	public long tenureDays(LocalDate today) {
		return ChronoUnit.DAYS.between(customerSince, churned() ? churnedOn : today);
	}
}
