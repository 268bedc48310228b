package fr.fidele.customers;

import java.math.BigDecimal;
import java.util.List;

import fr.fidele.casefile.Segment;

/** A partial update: null fields are left as they are. */
public record CustomerChanges(String name, String language, Segment segment, Expertise expertise,
		BigDecimal monthlyValue, Consent consent, String notes, List<Identity> identities) {
}
