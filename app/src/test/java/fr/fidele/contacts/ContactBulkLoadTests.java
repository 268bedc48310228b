package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case, its contact and the contact's legs loaded in bulk appear in the case file when the load finishes and not
 * before; contacts and cases recorded afterwards take ids past the loaded ones.
 */
@FideleTest
class ContactBulkLoadTests {

	@Autowired
	ContactBulkLoads loads;

	@Autowired
	ContactManagement contacts;

	@Autowired
	Contacts reader;

	@Autowired
	CustomerManagement customers;

	@Autowired
	TestPeople people;

	@Test
	void aFinishedLoadShowsTheCaseFile() throws Exception {
		long customerId = customers.register(new NewCustomer("CBL-" + UUID.randomUUID().toString().substring(0, 8), "Hugo Lambert", "fr",
				Segment.RESIDENTIAL, Expertise.NOVICE, new BigDecimal("35"), LocalDate.of(2024, 1, 8), null, null, List.of()), "test").id();
		long first = people.create(Role.ADVISOR).id();
		long second = people.create(Role.ADVISOR).id();
		Instant at = Instant.parse("2026-02-03T09:00:00Z");
		long contactId;
		long caseId;
		try (ContactBulkLoad load = loads.open(at, at)) {
			contactId = load.firstContactId();
			caseId = load.firstCaseId();
			load.supportCase(new ContactBulkLoad.CaseRow(caseId, customerId, "BILLING", "Facture", CaseStatus.RESOLVED, second, at,
					at.plusSeconds(600)));
			load.contact(new ContactBulkLoad.ContactRow(contactId, customerId, caseId, true, Channel.PHONE, "BILLING", "phone-fr", at,
					at.plusSeconds(5), at.plusSeconds(60), at.plusSeconds(600), EndedBy.ADVISOR, true, false, true, "réglé", null));
			load.leg(new ContactBulkLoad.LegRow(contactId, at, 1, first, at.plusSeconds(60), at.plusSeconds(300), "vers la facturation"));
			load.leg(new ContactBulkLoad.LegRow(contactId, at, 2, second, at.plusSeconds(300), at.plusSeconds(600), null));
			assertThat(reader.find(contactId)).as("nothing visible before the load finishes").isEmpty();
			load.finish();
		}

		Contact contact = reader.find(contactId).orElseThrow();
		assertThat(contact.caseId()).isEqualTo(caseId);
		assertThat(contact.direction()).isEqualTo(Direction.INBOUND);
		assertThat(contact.resolved()).isTrue();
		assertThat(contact.legs()).extracting(Leg::advisorId).containsExactly(first, second);
		assertThat(contact.legs().get(0).transferNote()).isEqualTo("vers la facturation");
		assertThat(contacts.getCase(caseId).status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(reader.ofCase(caseId)).extracting(Contact::id).containsExactly(contactId);

		SupportCase later = contacts.openCase(customerId, "BILLING", "Nouvelle question", null, "test");
		assertThat(later.id()).as("the case sequence moved past the loaded ids").isGreaterThan(caseId);
	}

	@Test
	void aLoadClosedBeforeItFinishesLeavesNothing() throws Exception {
		long contactId;
		try (ContactBulkLoad load = loads.open(Instant.parse("2026-02-03T09:00:00Z"), Instant.parse("2026-02-03T09:00:00Z"))) {
			contactId = load.firstContactId();
			load.contact(new ContactBulkLoad.ContactRow(contactId, 1, load.firstCaseId(), true, Channel.EMAIL, "BILLING", "email",
					Instant.parse("2026-02-03T09:00:00Z"), null, null, null, null, false, false, null, null, null));
		}
		assertThat(reader.find(contactId)).isEmpty();
	}
}
