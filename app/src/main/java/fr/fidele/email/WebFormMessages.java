package fr.fidele.email;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A message a customer wrote on the company's contact form becomes the first message of an e-mail conversation of the
 * mailbox the form belongs to: the advisor answers it by e-mail like any other, and the customer's answer to that
 * reply joins the same conversation and case by its headers. Its contact is on the WEB_FORM channel.
 */
@Service
public class WebFormMessages {

	/** What the form gave, already checked by the form's module (address well formed, lengths within bounds). */
	public record WebFormMessage(String address, String name, String subject, String text) {
	}

	private final Mailboxes mailboxes;
	private final EmailIntake intake;
	private final Clock clock;

	WebFormMessages(Mailboxes mailboxes, EmailIntake intake, Clock clock) {
		this.mailboxes = mailboxes;
		this.intake = intake;
		this.clock = clock;
	}

	/** Keeps the message and routes it; returns its id. */
	@Transactional
	public long receive(long mailboxId, WebFormMessage message) {
		Mailbox box = mailboxes.find(mailboxId);
		Instant now = clock.instant();
		String messageId = "<form-" + UUID.randomUUID() + box.address().substring(box.address().indexOf('@')) + ">";
		IncomingMail mail = new IncomingMail(messageId, null, List.of(), message.address(), message.name(), box.address(), message.subject(),
				now, message.text(), null, null, List.of(), null);
		// a new random Message-ID is never already kept
		return intake.receiveFromForm(box, mail, now).orElseThrow();
	}
}
