package fr.fidele.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.fidele.casefile.Segment;

/** A customer to register; identities are given as typed, and normalised on the way in. */
public record NewCustomer(String reference, String name, String language, Segment segment, Expertise expertise,
		BigDecimal monthlyValue, LocalDate customerSince, Consent consent, String notes, List<Identity> identities) {
}
