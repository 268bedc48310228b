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
import fr.fidele.casefile.Channel;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
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

	@Autowired
	ContactChangesCleanup cleanup;

	@Test
	void theContractsKeepTheirColumns() {
		assertThat(ReadContract.columns(jdbc, "contact_facts")).containsExactly("id", "customer_id", "case_id", "channel", "direction",
				"reason_code", "queue", "arrived_at", "queued_at", "answered_at", "ended_at", "ended_by", "identity_verified",
				"reidentified_after_transfer", "resolved", "first_of_case", "first_response_at");
		assertThat(ReadContract.columns(jdbc, "contact_leg_facts")).containsExactly("contact_id", "seq", "advisor_id", "started_at",
				"ended_at", "with_transfer_note", "contact_arrived_at");
		assertThat(ReadContract.columns(jdbc, "case_facts")).containsExactly("id", "customer_id", "reason_code", "status", "opened_at",
				"resolved_at", "closed_at");
		assertThat(ReadContract.columns(jdbc, "reason_facts")).containsExactly("code", "label_fr", "label_en", "position");
		assertThat(ReadContract.columns(jdbc, "contact_change_facts")).containsExactly("contact_id", "changed_at", "erased");
	}

	/**
	 * The log the loyalty figures fold from: a contact changed after its end in a column the figures read, or erased;
	 * not an open contact's changes (read again anyway), nor a change the figures do not see (a wrap-up note erased).
	 * Entries older than a day are deleted.
	 */
	@Test
	void changesAfterTheEndAndErasuresAreLogged() {
		Instant at = Instant.parse("2026-02-03T09:00:00Z");
		long ended = jdbc.sql("""
				insert into contact (channel, direction, arrived_at, answered_at, ended_at, ended_by, wrapup_notes)
				values ('PHONE', 'INBOUND', ?, ?, ?, 'ADVISOR', 'rappel') returning id""")
			.params(Timestamp.from(at), Timestamp.from(at.plusSeconds(20)), Timestamp.from(at.plusSeconds(300))).query(Long.class).single();
		long open = jdbc.sql("insert into contact (channel, direction, arrived_at) values ('CHAT', 'INBOUND', ?) returning id")
			.param(Timestamp.from(at)).query(Long.class).single();

		jdbc.sql("update contact set wrapup_notes = null where id = ?").param(ended).update();
		jdbc.sql("update contact set queue = 'chat-fr' where id = ?").param(open).update();
		assertThat(logged(ended)).isEmpty();
		assertThat(logged(open)).isEmpty();

		jdbc.sql("update contact set reason_code = 'BILLING' where id = ?").param(ended).update();
		jdbc.sql("delete from contact where id = ?").param(open).update();
		assertThat(logged(ended)).containsExactly(false);
		assertThat(logged(open)).containsExactly(true);

		jdbc.sql("update contact_change set changed_at = now() - interval '25 hours' where contact_id = ?").param(ended).update();
		cleanup.deleteChangesOlderThanADay();
		assertThat(logged(ended)).isEmpty();
		assertThat(logged(open)).containsExactly(true);
	}

	/** Whether each logged change of the contact is an erasure. */
	private List<Boolean> logged(long contactId) {
		return jdbc.sql("select erased from contact_change_facts where contact_id = ? order by changed_at").param(contactId)
			.query(Boolean.class).list();
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
