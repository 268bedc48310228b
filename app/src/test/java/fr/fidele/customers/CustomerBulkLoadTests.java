package fr.fidele.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.casefile.Segment;
import fr.fidele.history.History;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Customers loaded in bulk (the demo company) appear whole when the load finishes, with identities, outcomes and a
 * history entry, and not at all if it does not; customers registered afterwards take ids past the loaded ones.
 */
@FideleTest
class CustomerBulkLoadTests {

	@Autowired
	CustomerBulkLoads loads;

	@Autowired
	Customers customers;

	@Autowired
	CustomerManagement management;

	@Autowired
	History history;

	@Test
	void aFinishedLoadShowsEachCustomerWhole() throws Exception {
		String reference = "BULK-" + UUID.randomUUID().toString().substring(0, 8);
		long id;
		try (CustomerBulkLoad load = loads.open("bulk-test", "loaded for a test")) {
			id = load.firstId() + 5;
			load.customer(row(id, reference));
			load.identity(id, IdentityKind.EMAIL, reference.toLowerCase() + "@example.fr");
			load.outcome(id, OutcomeType.SUBSCRIBED, LocalDate.of(2024, 3, 1), new BigDecimal("42.50"));
			load.outcome(id, OutcomeType.CANCELLED, LocalDate.of(2025, 6, 30), new BigDecimal("42.50"));
			assertThat(customers.findById(id)).as("nothing visible before the load finishes").isEmpty();
			load.finish();
		}

		Customer customer = customers.findById(id).orElseThrow();
		assertThat(customer.reference()).isEqualTo(reference);
		assertThat(customer.churnedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(customer.identities()).containsExactly(new Identity(IdentityKind.EMAIL, reference.toLowerCase() + "@example.fr"));
		assertThat(customers.idByIdentity(IdentityKind.EMAIL, reference.toLowerCase() + "@example.fr")).contains(id);
		assertThat(customers.outcomes(id)).extracting(OutcomeEvent::type, OutcomeEvent::createdBy)
			.containsExactlyInAnyOrder(tuple(OutcomeType.SUBSCRIBED, "bulk-test"),
					tuple(OutcomeType.CANCELLED, "bulk-test"));
		assertThat(history.of("customer", id)).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("registered");
			assertThat(entry.actor()).isEqualTo("bulk-test");
			assertThat(entry.reason()).isEqualTo("loaded for a test");
		});
		long next = management.register(new NewCustomer("AFTER-" + reference, "Paul Girard", "fr", Segment.RESIDENTIAL, Expertise.NOVICE,
				new BigDecimal("30"), LocalDate.of(2025, 1, 1), null, null, List.of()), "test").id();
		assertThat(next).as("the sequence moved past the loaded ids").isGreaterThan(id);
	}

	@Test
	void aLoadClosedBeforeItFinishesLeavesNothing() throws Exception {
		long id;
		try (CustomerBulkLoad load = loads.open("bulk-test", "abandoned")) {
			id = load.firstId();
			load.customer(row(id, "GONE-" + UUID.randomUUID().toString().substring(0, 8)));
			load.identity(id, IdentityKind.PHONE, "+33600000000");
		}
		assertThat(customers.findById(id)).isEmpty();
		assertThat(history.of("customer", id)).isEmpty();
	}

	private static CustomerBulkLoad.Row row(long id, String reference) {
		return new CustomerBulkLoad.Row(id, reference, "Léa Morel", SearchText.of(reference, "Léa Morel", List.of()), "fr",
				Segment.RESIDENTIAL, Expertise.INTERMEDIATE, new BigDecimal("42.50"), LocalDate.of(2024, 3, 1), true, false, null,
				LocalDate.of(2025, 6, 30));
	}
}
