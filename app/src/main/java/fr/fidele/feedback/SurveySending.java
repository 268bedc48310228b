package fr.fidele.feedback;

import java.time.Instant;

import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.feedback.SurveyInvitations.About;
import fr.fidele.feedback.SurveyInvitations.Invited;
import fr.fidele.feedback.SurveyInvitations.SentVia;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.mail.SystemMail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor invites one customer: by e-mail to the customer's address (the message waits for {@link SurveyMailer}),
 * or as a link returned now, for a channel Fidèle does not send on. A customer who asked not to be surveyed is not.
 */
@Service
public class SurveySending {

	/** The invitation; {@code link} only for a LINK invitation (an e-mailed one's token goes in the message only). */
	public record Sent(long id, SentVia sentVia, String link, Instant expiresAt) {
	}

	private final SurveyInvitations invitations;
	private final SurveyEligibility eligibility;
	private final CustomerManagement customers;
	private final SystemMail mail;

	SurveySending(SurveyInvitations invitations, SurveyEligibility eligibility, CustomerManagement customers, SystemMail mail) {
		this.invitations = invitations;
		this.eligibility = eligibility;
		this.customers = customers;
		this.mail = mail;
	}

	@Transactional
	public Sent invite(long surveyId, long customerId, SentVia via) {
		if (via != SentVia.EMAIL && via != SentVia.LINK) {
			throw new InvalidFieldException("sentVia", "oneOf", "EMAIL, LINK");
		}
		Customer customer;
		try {
			customer = customers.get(customerId);
		}
		catch (NotFoundException unknown) {
			throw new InvalidFieldException("customerId", "unknownCustomer", customerId);
		}
		if (eligibility.objected(customerId)) {
			throw new ConflictException("surveyObjected");
		}
		String address = customer.identities().stream().filter(identity -> identity.kind() == IdentityKind.EMAIL).map(Identity::value)
			.findFirst().orElse(null);
		if (via == SentVia.EMAIL && address == null) {
			throw new InvalidFieldException("sentVia", "noEmailAddress");
		}
		Invited invited = invitations.invite(surveyId, About.customer(customerId), via, address, customer.language(), customer.name());
		return new Sent(invited.id(), via, via == SentVia.LINK ? mail.link("/s/" + invited.token(), "from", "link") : null, invited.expiresAt());
	}
}
