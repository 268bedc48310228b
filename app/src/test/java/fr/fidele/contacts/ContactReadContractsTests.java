package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.customers.Segment;
import fr.fidele.support.ReadContract;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The views the contacts module publishes for other modules' bulk reads (the loyalty scans, V12) keep their columns
 * and say what the case file says: a change to the contacts tables that breaks them fails here, in this module.
 */
@FideleTest
class ContactReadContractsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactManagement contacts;

	@Autowired
	CustomerManagement customers;

	@Autowired
	TestPeople people;

	@Test
	void theContractsKeepTheirColumns() {
		assertThat(ReadContract.columns(jdbc, "contact_facts")).containsExactly("id", "customer_id", "case_id", "channel", "direction",
				"reason_code", "queue", "arrived_at", "queued_at", "answered_at", "ended_at", "ended_by", "identity_verified",
				"reidentified_after_transfer", "resolved", "first_of_case", "first_response_at");
		assertThat(ReadContract.columns(jdbc, "contact_leg_facts")).containsExactly("contact_id", "seq", "advisor_id", "started_at",
				"ended_at", "with_transfer_note");
		assertThat(ReadContract.columns(jdbc, "case_facts")).containsExactly("id", "customer_id", "reason_code", "status", "opened_at",
				"resolved_at", "closed_at");
		assertThat(ReadContract.columns(jdbc, "reason_facts")).containsExactly("code", "label_fr", "label_en", "position");
	}

	@Test
	void theContractsShowWhatTheCaseFileHolds() {
		long customerId = customers.register(new NewCustomer("RC-" + UUID.randomUUID().toString().substring(0, 8), "Inès Durand", "fr",
				Segment.PROFESSIONAL, Expertise.EXPERT, new BigDecimal("80"), LocalDate.of(2023, 5, 2), null, null, List.of()), "test").id();
		String first = people.create(Role.ADVISOR).username();
		String second = people.create(Role.ADVISOR).username();
		Instant at = Instant.parse("2026-01-12T10:00:00Z");
		Contact contact = contacts.record(new NewContact(customerId, null, null, Channel.PHONE, Direction.INBOUND, "BILLING", "phone-fr",
				at, at.plusSeconds(10), at.plusSeconds(70), at.plusSeconds(400), EndedBy.ADVISOR, true, true, true, "notes", null,
				List.of(new NewLeg(first, at.plusSeconds(70), at.plusSeconds(200), "facture contestée"),
						new NewLeg(second, at.plusSeconds(200), at.plusSeconds(400), null))), "test").contact();

		Map<String, Object> fact = ReadContract.row(jdbc, "contact_facts", "id", contact.id());
		assertThat(fact).containsEntry("customer_id", customerId).containsEntry("case_id", contact.caseId())
			.containsEntry("channel", "PHONE").containsEntry("reason_code", "BILLING").containsEntry("ended_by", "ADVISOR")
			.containsEntry("answered_at", Timestamp.from(at.plusSeconds(70))).containsEntry("resolved", true)
			.containsEntry("reidentified_after_transfer", true).containsEntry("first_of_case", true);
		List<Map<String, Object>> legs = jdbc.sql("select * from contact_leg_facts where contact_id = ? order by seq")
			.param(contact.id()).query().listOfRows();
		assertThat(legs).extracting(leg -> leg.get("advisor_id")).containsExactly(contact.legs().get(0).advisorId(),
				contact.legs().get(1).advisorId());
		assertThat(legs).extracting(leg -> leg.get("with_transfer_note")).containsExactly(true, false);
		SupportCase supportCase = contacts.getCase(contact.caseId());
		assertThat(ReadContract.row(jdbc, "case_facts", "id", supportCase.id())).containsEntry("customer_id", customerId)
			.containsEntry("status", supportCase.status().name()).containsEntry("resolved_at", Timestamp.from(supportCase.resolvedAt()));
		assertThat(ReadContract.row(jdbc, "reason_facts", "code", "BILLING")).containsEntry("label_fr", "Facturation");
	}
}
