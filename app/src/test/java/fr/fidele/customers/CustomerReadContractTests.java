package fr.fidele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.casefile.Segment;
import fr.fidele.support.ReadContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The view the customers module publishes for other modules' bulk reads (V12) keeps its columns and its meaning. */
@FideleTest
class CustomerReadContractTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CustomerManagement customers;

	@Test
	void customerFactsShowTheProfileAndTheDerivedChurn() {
		assertThat(ReadContract.columns(jdbc, "customer_facts")).containsExactly("id", "reference", "display_name", "segment",
				"expertise", "monthly_value", "customer_since", "churned_on", "language");
		String reference = "RC-" + UUID.randomUUID().toString().substring(0, 8);
		long id = customers.register(new NewCustomer(reference, "Paul Girard", "fr", Segment.PREMIUM, Expertise.NOVICE,
				new BigDecimal("120.50"), LocalDate.of(2022, 3, 1), null, null, List.of()), "test").id();
		customers.recordOutcome(id, new NewOutcome(OutcomeType.CANCELLED, LocalDate.of(2026, 2, 1), null, null, null), "test");

		assertThat(ReadContract.row(jdbc, "customer_facts", "id", id)).containsEntry("reference", reference)
			.containsEntry("display_name", "Paul Girard").containsEntry("segment", "PREMIUM")
			.containsEntry("monthly_value", new BigDecimal("120.50")).containsEntry("customer_since", Date.valueOf("2022-03-01"))
			.containsEntry("churned_on", Date.valueOf("2026-02-01")).containsEntry("language", "fr");
	}
}
