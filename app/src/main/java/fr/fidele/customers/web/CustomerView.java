package fr.fidele.customers.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import fr.fidele.customers.Consent;
import fr.fidele.customers.Customer;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.Identity;
import fr.fidele.casefile.Segment;

/** A customer as the API returns them, with status and tenure derived from the outcome events. */
record CustomerView(long id, String reference, String name, String language, Segment segment, Expertise expertise,
		BigDecimal monthlyValue, LocalDate customerSince, Consent consent, String notes, List<Identity> identities,
		String status, LocalDate churnedOn, long tenureDays, int version) {

	static CustomerView of(Customer c, LocalDate today) {
		return new CustomerView(c.id(), c.reference(), c.name(), c.language(), c.segment(), c.expertise(),
				c.monthlyValue(), c.customerSince(), c.consent(), c.notes(), c.identities(),
				c.churned() ? "CHURNED" : "ACTIVE", c.churnedOn(), c.tenureDays(today), c.version());
	}
}
