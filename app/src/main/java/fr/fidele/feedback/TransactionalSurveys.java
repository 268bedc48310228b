package fr.fidele.feedback;

import java.util.Optional;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.ContactWrappedUp;
import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After an advisor wraps a contact up, the first rule that follows it may ask the customer about it by e-mail (sampled,
 * and only when {@link SurveyEligibility} allows): the invitation waits for {@link SurveyMailer}. A customer without
 * an e-mail address is not asked this way.
 */
@Component
class TransactionalSurveys {

	private final SurveyRules rules;
	private final SurveyEligibility eligibility;
	private final SurveyInvitations invitations;
	private final ContactManagement contacts;
	private final CustomerManagement customers;

	TransactionalSurveys(SurveyRules rules, SurveyEligibility eligibility, SurveyInvitations invitations, ContactManagement contacts,
			CustomerManagement customers) {
		this.rules = rules;
		this.eligibility = eligibility;
		this.invitations = invitations;
		this.contacts = contacts;
		this.customers = customers;
	}

	@ApplicationModuleListener
	void on(ContactWrappedUp wrapped) {
		// a chat's customer may have been asked in the widget already: one invitation per contact
		if (wrapped.customerId() == null || eligibility.invited(wrapped.contactId())) {
			return;
		}
		Contact contact = contacts.get(wrapped.contactId());
		Customer customer = customers.get(wrapped.customerId());
		Optional<String> address = customer.identities().stream().filter(identity -> identity.kind() == IdentityKind.EMAIL)
			.map(Identity::value).findFirst();
		if (address.isEmpty()) {
			return;
		}
		for (SurveyRule rule : rules.active()) {
			if (rule.follows(contact)) {
				if (rule.samples(contact.id()) && eligibility.mayAsk(rule, contact, customer)) {
					invitations.invite(rule.surveyId(), About.of(contact), SentVia.EMAIL, address.get(), customer.language(), customer.name());
				}
				return;
			}
		}
	}
}
