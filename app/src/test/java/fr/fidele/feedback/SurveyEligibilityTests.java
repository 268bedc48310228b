package fr.fidele.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import fr.fidele.FideleTest;
import fr.fidele.contacts.CaseStatus;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.NewContact;
import fr.fidele.customers.Consent;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.NewCustomer;
import fr.fidele.casefile.Segment;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whom a transactional survey may ask, rule by rule: nobody twice within the quiet days, nobody who asked to stop, and,
 * unless the rule says so, nobody about a cancellation nor with a complaint open; the sample is the share the rule
 * names, the same contact sampled the same way every time.
 */
@FideleTest
class SurveyEligibilityTests {

	@Autowired
	SurveyEligibility eligibility;

	@Autowired
	SurveyInvitations invitations;

	@Autowired
	Surveys surveys;

	@Autowired
	CustomerManagement customers;

	@Autowired
	ContactManagement contacts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCustomerIsNotAskedTwiceWithinTheQuietDaysNorAfterAskingToStop() {
		Customer customer = customer();
		Contact contact = contact(customer, "BILLING");
		assertThat(eligibility.mayAsk(rule(30, false, false), contact, customer)).isTrue();

		long survey = survey();
		invitations.invite(survey, About.customer(customer.id()), SentVia.LINK, null, "fr", customer.name());
		assertThat(eligibility.mayAsk(rule(30, false, false), contact, customer)).as("asked today: 30 quiet days").isFalse();
		assertThat(eligibility.mayAsk(rule(0, false, false), contact, customer)).as("a rule without quiet days").isTrue();

		jdbc.sql("insert into survey_objection (customer_id, objected_at) values (?, now())").param(customer.id()).update();
		assertThat(eligibility.mayAsk(rule(0, true, true), contact, customer)).as("asked to stop: never").isFalse();
	}

	@Test
	void aCancellationOrAnOpenComplaintIsLeftAloneUnlessTheRuleSaysSo() {
		Customer leaving = customer();
		Contact cancellation = contact(leaving, SurveyEligibility.CANCELLATION);
		assertThat(eligibility.mayAsk(rule(30, false, false), cancellation, leaving)).isFalse();
		assertThat(eligibility.mayAsk(rule(30, true, false), cancellation, leaving)).isTrue();

		Customer complaining = customer();
		Contact billing = contact(complaining, "BILLING");
		long complaint = contacts.openCase(complaining.id(), SurveyEligibility.COMPLAINT, "Colis abîmé", null, "test").id();
		assertThat(eligibility.mayAsk(rule(30, false, false), billing, complaining)).as("a complaint open").isFalse();
		assertThat(eligibility.mayAsk(rule(30, false, true), billing, complaining)).isTrue();
		contacts.changeStatus(complaint, CaseStatus.RESOLVED, "test");
		assertThat(eligibility.mayAsk(rule(30, false, false), billing, complaining)).as("the complaint resolved").isTrue();
	}

	@Test
	void aRuleSamplesItsShareTheSameWayEachTime() {
		SurveyRule quarter = new SurveyRule(7, 1, null, null, null, new BigDecimal("25.00"), 30, false, false, true);
		long sampled = LongStream.rangeClosed(1, 20_000).filter(quarter::samples).count();
		assertThat(sampled).as("25% of 20,000 contacts, within four standard deviations (245)").isBetween(5_000L - 245, 5_000L + 245);
		assertThat(LongStream.rangeClosed(1, 1_000).filter(quarter::samples).toArray())
			.isEqualTo(LongStream.rangeClosed(1, 1_000).filter(quarter::samples).toArray());
		SurveyRule everyone = new SurveyRule(8, 1, null, null, null, new BigDecimal("100"), 30, false, false, true);
		assertThat(LongStream.rangeClosed(1, 1_000).allMatch(everyone::samples)).isTrue();
	}

	private long survey() {
		return surveys.create(new Surveys.NewSurvey("Éligibilité", SurveyKind.TRANSACTIONAL,
				List.of(new Surveys.NewQuestion(SurveyMeasure.CSAT, "Satisfait ?", "Satisfied?", true)))).id();
	}

	private static SurveyRule rule(int quietDays, boolean afterCancellation, boolean duringOpenComplaint) {
		return new SurveyRule(1, 1, null, null, null, BigDecimal.valueOf(100), quietDays, afterCancellation, duringOpenComplaint, true);
	}

	private Contact contact(Customer customer, String reason) {
		Instant at = Instant.now().minusSeconds(600);
		return contacts.record(new NewContact(customer.id(), null, null, Channel.PHONE, Direction.INBOUND, reason, null, at, null, at.plusSeconds(20),
				at.plusSeconds(200), EndedBy.CUSTOMER, true, false, null, null, null, List.of()), "test").contact();
	}

	private Customer customer() {
		return customers.register(new NewCustomer("EL-" + UUID.randomUUID().toString().substring(0, 8), "Hugo Lambert", "fr", Segment.RESIDENTIAL,
				Expertise.NOVICE, new BigDecimal("20"), LocalDate.parse("2020-06-01"), Consent.NONE, null, List.of()), "test");
	}
}
