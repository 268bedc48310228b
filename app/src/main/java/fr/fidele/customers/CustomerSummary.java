package fr.fidele.customers;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.fidele.casefile.Segment;

/** A customer as a search result shows them. */
public record CustomerSummary(long id, String reference, String name, Segment segment, BigDecimal monthlyValue,
		LocalDate customerSince, LocalDate churnedOn) {
}
