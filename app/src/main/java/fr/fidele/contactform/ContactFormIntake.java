package fr.fidele.contactform;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import fr.fidele.contactform.ContactForms.OpenForm;
import fr.fidele.email.WebFormMessages;
import fr.fidele.email.WebFormMessages.WebFormMessage;
import fr.fidele.platform.EmailAddress;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import fr.fidele.platform.web.ClientRateLimit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;

/**
 * A message sent from a contact form: limited per visitor's address, robots turned away without a word (they learn
 * nothing to adapt to), a person whose page was open too long asked to send again, the fields checked, and the
 * message handed to the e-mail channel, which keeps, threads and routes it. Each outcome is counted
 * ({@code fidele_contact_form_submissions_total{outcome}}).
 */
@Service
public class ContactFormIntake {

	public enum Outcome {
		SENT, ROBOT, EXPIRED, TOO_MANY
	}

	/** What the visitor sent: the fields they typed, the hidden field only robots fill, the signed time of the form. */
	public record Submission(String name, String email, String subject, String message, String honeypot, String ticket) {
	}

	static final int LONGEST_NAME = 200;
	static final int LONGEST_SUBJECT = 300;
	static final int LONGEST_MESSAGE = 5_000;

	private final ContactForms forms;
	private final WebFormMessages messages;
	private final SubmissionGuard guard;
	private final ClientRateLimit perAddress;
	private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
	private final Clock clock;

	ContactFormIntake(ContactForms forms, WebFormMessages messages, ContactFormProperties settings, MeterRegistry meters, Clock clock) {
		this.forms = forms;
		this.messages = messages;
		this.guard = new SubmissionGuard(settings);
		this.perAddress = new ClientRateLimit(settings.perAddress(), settings.window());
		// every outcome exposed from the start, at 0: a dashboard's rate needs the series before its first event
		for (Outcome outcome : Outcome.values()) {
			outcomes.put(outcome, Counter.builder("fidele.contact.form.submissions").description("Messages sent from the contact forms, by outcome")
				.tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(meters));
		}
		this.clock = clock;
	}

	/** The form's name and a fresh ticket for a page showing it; 404 when no form is open at this key. */
	public ShownForm show(String key) {
		OpenForm form = open(key);
		return new ShownForm(form.name(), FormTicket.issue(form.ticketSecret(), clock.instant()));
	}

	/** A form as a page shows it. */
	public record ShownForm(String name, String ticket) {
	}

	/** Takes a message; throws {@link InvalidFieldException} naming the first field refused, having kept nothing. */
	public Outcome submit(String key, Submission sent, String visitorAddress) {
		OpenForm form = open(key);
		Instant now = clock.instant();
		Outcome outcome;
		if (perAddress.spend(form.id() + "/" + visitorAddress).isPresent()) {
			outcome = Outcome.TOO_MANY;
		}
		else {
			outcome = switch (guard.judge(form.ticketSecret(), sent.honeypot(), sent.ticket(), now)) {
				case ROBOT -> Outcome.ROBOT;
				case EXPIRED -> Outcome.EXPIRED;
				case PERSON -> {
					messages.receive(form.mailboxId(), checked(form, sent));
					yield Outcome.SENT;
				}
			};
		}
		outcomes.get(outcome).increment();
		return outcome;
	}

	private OpenForm open(String key) {
		return forms.open(key).orElseThrow(() -> new NotFoundException("contact form", key));
	}

	private static WebFormMessage checked(OpenForm form, Submission sent) {
		String name = bounded("name", sent.name(), LONGEST_NAME, true);
		String email = EmailAddress.check("email", sent.email() == null ? "" : sent.email());
		String subject = bounded("subject", sent.subject(), LONGEST_SUBJECT, false);
		String message = bounded("message", sent.message(), LONGEST_MESSAGE, true);
		return new WebFormMessage(email, name, subject.isEmpty() ? form.name() : subject, message);
	}

	private static String bounded(String field, String typed, int longest, boolean required) {
		String text = typed == null ? "" : StorableText.of(typed).strip();
		if (required && text.isEmpty()) {
			throw new InvalidFieldException(field, "required");
		}
		if (text.length() > longest) {
			throw new InvalidFieldException(field, "tooLong", longest);
		}
		return text;
	}
}
