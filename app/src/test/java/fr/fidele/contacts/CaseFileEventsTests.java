package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.casefile.Channel;
import fr.fidele.customers.CustomerChanged;
import fr.fidele.customers.CustomerChanges;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.CustomerRegistered;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.customers.NewOutcome;
import fr.fidele.customers.OutcomeRecorded;
import fr.fidele.customers.OutcomeType;
import fr.fidele.casefile.Segment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the case file publishes as it changes: one past-tense event per thing that happened, with what a listener needs. */
@FideleTest
@RecordApplicationEvents
class CaseFileEventsTests {

	@Autowired
	CustomerManagement customers;

	@Autowired
	ContactManagement contacts;

	@Autowired
	ApplicationEvents events;

	long customerId;

	@BeforeEach
	void aCustomer() {
		String reference = "EV-" + UUID.randomUUID().toString().substring(0, 8);
		customerId = customers.register(new NewCustomer(reference, "Léa Martin", "fr", Segment.RESIDENTIAL, Expertise.NOVICE,
				new BigDecimal("40"), LocalDate.of(2024, 1, 15), null, null, List.of()), "test").id();
		assertThat(events.stream(CustomerRegistered.class))
			.containsExactly(new CustomerRegistered(customerId, reference, Segment.RESIDENTIAL));
		events.clear();
	}

	@Test
	void aResolvedFirstContactOpensItsCaseResolved() {
		Contact contact = contacts.record(call("BILLING", "2026-02-03T09:00:00Z", true), "test").contact();

		assertThat(events.stream(ContactRecorded.class)).containsExactly(new ContactRecorded(contact.id(), customerId,
				contact.caseId(), Channel.PHONE, Instant.parse("2026-02-03T09:00:00Z")));
		assertThat(events.stream(CaseOpened.class)).containsExactly(new CaseOpened(contact.caseId(), customerId, "BILLING", contact.id()));
		assertThat(events.stream(CaseResolved.class)).containsExactly(new CaseResolved(contact.caseId(), customerId));
	}

	@Test
	void aWrapUpResolvesTheCaseAndARepeatContactReopensIt() {
		Contact first = contacts.record(call("BILLING", "2026-02-03T09:00:00Z", null), "test").contact();
		assertThat(events.stream(CaseResolved.class)).isEmpty();

		contacts.wrapUp(first.id(), new WrapUp(true, "réglé", "BILLING"), "test");
		assertThat(events.stream(ContactWrappedUp.class))
			.containsExactly(new ContactWrappedUp(first.id(), customerId, first.caseId(), true, "BILLING"));
		assertThat(events.stream(CaseResolved.class)).containsExactly(new CaseResolved(first.caseId(), customerId));

		Contact again = contacts.record(call("BILLING", "2026-02-05T09:00:00Z", null), "test").contact();
		assertThat(again.caseId()).isEqualTo(first.caseId());
		assertThat(events.stream(CaseReopened.class)).containsExactly(new CaseReopened(first.caseId(), customerId, again.id()));
		assertThat(events.stream(CaseOpened.class)).hasSize(1);

		contacts.changeStatus(first.caseId(), CaseStatus.CLOSED, "test");
		assertThat(events.stream(CaseClosed.class)).containsExactly(new CaseClosed(first.caseId(), customerId));
	}

	@Test
	void aProfileChangeNamesWhatChangedAndAnOutcomeCarriesTheChurnDate() {
		customers.update(customerId, new CustomerChanges(null, null, Segment.PREMIUM, Expertise.EXPERT, null, null, null, null), "test");
		assertThat(events.stream(CustomerChanged.class)).singleElement()
			.satisfies(changed -> assertThat(changed.fields()).containsExactlyInAnyOrder("segment", "expertise"));

		customers.update(customerId, new CustomerChanges(null, null, Segment.PREMIUM, null, null, null, null, null), "test");
		assertThat(events.stream(CustomerChanged.class)).as("nothing changed, nothing published").hasSize(1);

		customers.recordOutcome(customerId, new NewOutcome(OutcomeType.CANCELLED, LocalDate.of(2026, 3, 1), null, null, null), "test");
		assertThat(events.stream(OutcomeRecorded.class)).singleElement().satisfies(outcome -> {
			assertThat(outcome.type()).isEqualTo(OutcomeType.CANCELLED);
			assertThat(outcome.churnedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
		});
	}

	private NewContact call(String reason, String arrived, Boolean resolved) {
		Instant at = Instant.parse(arrived);
		return new NewContact(customerId, null, null, Channel.PHONE, Direction.INBOUND, reason, "phone-fr", at, at, at.plusSeconds(30),
				at.plusSeconds(300), EndedBy.CUSTOMER, true, false, resolved, null, null, List.of());
	}
}
