package fr.fidele.feedback;

import java.util.Optional;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.Invited;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey offered in the chat widget as the chat ends, by the same rules as after any contact: the first active rule
 * that follows the chat's contact decides (sampled; a known customer only when {@link SurveyEligibility} allows; a
 * visitor has no record to throttle by). The widget shows the first scored question; each score opens the survey's
 * answer page with it kept. Offered once per contact: the token is not kept, so a second ask gets nothing.
 */
@Service
public class ChatSurveys {

	/** What the widget shows: the answer page's path, and the first scored question with its scale. */
	public record Offer(String path, int position, String question, int lowest, int highest) {
	}

	private final SurveyRules rules;
	private final Surveys surveys;
	private final SurveyEligibility eligibility;
	private final SurveyInvitations invitations;
	private final ContactManagement contacts;
	private final CustomerManagement customers;

	ChatSurveys(SurveyRules rules, Surveys surveys, SurveyEligibility eligibility, SurveyInvitations invitations, ContactManagement contacts,
			CustomerManagement customers) {
		this.rules = rules;
		this.surveys = surveys;
		this.eligibility = eligibility;
		this.invitations = invitations;
		this.contacts = contacts;
		this.customers = customers;
	}

	@Transactional
	public Optional<Offer> offer(long contactId, String language, String visitorName) {
		if (eligibility.invited(contactId)) {
			return Optional.empty();
		}
		Contact contact = contacts.get(contactId);
		Optional<SurveyRule> rule = rules.active().stream().filter(candidate -> candidate.follows(contact)).findFirst()
			.filter(first -> first.samples(contactId));
		if (rule.isEmpty() || contact.customerId() != null
				&& !eligibility.mayAsk(rule.get(), contact, customers.get(contact.customerId()))) {
			return Optional.empty();
		}
		Survey survey = surveys.get(rule.get().surveyId());
		String name = contact.customerId() == null ? visitorName : customers.get(contact.customerId()).name();
		Invited invited = invitations.invite(survey.id(), About.of(contact), SentVia.CHAT, null, language, name);
		return survey.questions().stream().filter(question -> question.measure().scored()).findFirst()
			.map(question -> new Offer("/s/" + invited.token(), question.position(), question.text(language), question.measure().lowest(),
					question.measure().highest()));
	}
}
