package fr.fidele.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.ModuleTest;
import fr.fidele.casefile.Segment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The customers module on its own: registering a customer and recording their departure publish their events. */
@ModuleTest
class CustomersModuleTests {

	@Autowired
	CustomerManagement customers;

	@Test
	void registeringPublishesTheCustomer(Scenario scenario) {
		String reference = "MOD-" + UUID.randomUUID().toString().substring(0, 8);
		scenario.stimulate(() -> customers.register(customer(reference), "test"))
			.andWaitForEventOfType(CustomerRegistered.class)
			.matching(registered -> registered.reference().equals(reference))
			.toArriveAndVerify((registered, customer) -> {
				assertThat(registered.customerId()).isEqualTo(customer.id());
				assertThat(registered.segment()).isEqualTo(Segment.PROFESSIONAL);
			});
	}

	@Test
	void aCancellationPublishesTheOutcomeWithTheChurnDate(Scenario scenario) {
		long id = customers.register(customer("MOD-" + UUID.randomUUID().toString().substring(0, 8)), "test").id();
		NewOutcome cancelled = new NewOutcome(OutcomeType.CANCELLED, LocalDate.of(2026, 5, 4), null, null, null);

		scenario.stimulate(() -> customers.recordOutcome(id, cancelled, "test"))
			.andWaitForEventOfType(OutcomeRecorded.class)
			.matching(outcome -> outcome.customerId() == id)
			.toArriveAndVerify(outcome -> assertThat(outcome.churnedOn()).isEqualTo(LocalDate.of(2026, 5, 4)));
	}

	private static NewCustomer customer(String reference) {
		return new NewCustomer(reference, "Chloé Fontaine", "fr", Segment.PROFESSIONAL, Expertise.INTERMEDIATE, new BigDecimal("55"),
				LocalDate.of(2023, 9, 1), null, null, List.of());
	}
}
