package fr.fidele.loyalty;

import java.math.BigDecimal;

/** A customer still here whom the service is about to lose, and why we think so. */
public record AtRiskCustomer(long id, String reference, String name, String segment, BigDecimal monthlyValue,
		boolean openComplaint, int recentContacts) {
}
