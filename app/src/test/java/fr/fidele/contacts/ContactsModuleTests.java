package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.ModuleTest;
import fr.fidele.casefile.Channel;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The contacts module on its own (with the modules it may use): each command publishes its events, checked with
 * Spring Modulith's Scenario.
 */
@ModuleTest
class ContactsModuleTests {

	@Autowired
	ContactManagement contacts;

	@Autowired
	CustomerManagement customers;

	@Test
	void recordingAResolvedContactPublishesItAndTheCaseItOpened(Scenario scenario) {
		long customerId = customers.register(new NewCustomer("MOD-" + UUID.randomUUID().toString().substring(0, 8), "Hugo Lambert",
				"fr", Segment.RESIDENTIAL, Expertise.NOVICE, new BigDecimal("30"), LocalDate.of(2024, 6, 1), null, null, List.of()),
				"test").id();
		Instant at = Instant.parse("2026-04-01T08:00:00Z");
		NewContact call = new NewContact(customerId, null, null, Channel.PHONE, Direction.INBOUND, "ORDER", "phone-fr", at, at,
				at.plusSeconds(20), at.plusSeconds(200), EndedBy.CUSTOMER, true, false, true, null, null, List.of());

		scenario.stimulate(() -> contacts.record(call, "test"))
			.andWaitForEventOfType(CaseResolved.class)
			.matching(resolved -> resolved.customerId() == customerId)
			.toArriveAndVerify(resolved -> assertThat(contacts.getCase(resolved.caseId()).status()).isEqualTo(CaseStatus.RESOLVED));
	}
}
