package fr.fidele.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.ModuleTest;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Customers;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The privacy module on its own: an erasure publishes that the customer was erased, after erasing them. */
@ModuleTest
class PrivacyModuleTests {

	@Autowired
	PersonalDataErasure erasure;

	@Autowired
	CustomerManagement management;

	@Autowired
	Customers customers;

	@Test
	void anErasurePublishesTheErasedCustomer(Scenario scenario) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long id = management.register(new NewCustomer("PM-" + tag, "Gaspard Lenoir", "fr", Segment.RESIDENTIAL, Expertise.NOVICE,
				new BigDecimal("20"), LocalDate.of(2024, 4, 1), null, null, List.of(new Identity(IdentityKind.EMAIL, "g-" + tag + "@exemple.fr"))),
				"test").id();

		scenario.stimulate(() -> erasure.erase(id, "demande du client"))
			.andWaitForEventOfType(CustomerErased.class)
			.matching(erased -> erased.customerId() == id)
			.toArriveAndVerify(erased -> {
				assertThat(customers.findById(id).orElseThrow().name()).isEqualTo("ERASED-" + id);
				assertThat(customers.idByIdentity(IdentityKind.EMAIL, "g-" + tag + "@exemple.fr")).isEmpty();
			});
	}
}
