package fr.fidele.email.web;

import java.util.List;
import java.util.Map;

import fr.fidele.email.EmailMessage;
import fr.fidele.email.EmailMessages;
import fr.fidele.email.Mailbox;
import fr.fidele.email.MailboxReader;
import fr.fidele.email.Mailboxes;
import fr.fidele.email.NewMailbox;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mailboxes for administrators (never their password), and the messages of a case for those who read case files. */
@RestController
@Tag(name = "E-mail")
class MailboxApiController {

	private final Mailboxes mailboxes;
	private final MailboxReader reader;
	private final EmailMessages messages;

	MailboxApiController(Mailboxes mailboxes, MailboxReader reader, EmailMessages messages) {
		this.mailboxes = mailboxes;
		this.reader = reader;
		this.messages = messages;
	}

	@GetMapping("/api/mailboxes")
	List<Mailbox> list() {
		return mailboxes.all();
	}

	@PostMapping("/api/mailboxes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a mailbox: its address, IMAP and SMTP servers (TLS), credentials (kept sealed) and routing queue")
	Mailbox add(@RequestBody NewMailbox mailbox) {
		return mailboxes.add(mailbox);
	}

	@PostMapping("/api/mailboxes/{id}/read")
	@Operation(summary = "Read the mailbox's new messages now, without waiting for the next poll")
	Map<String, Object> read(@PathVariable long id) {
		Mailbox box = mailboxes.find(id);
		int kept = reader.read(box.id());
		Mailbox after = mailboxes.find(id);
		return after.lastError() == null ? Map.of("kept", kept) : Map.of("kept", kept, "error", after.lastError());
	}

	@GetMapping("/api/email/cases/{caseId}/messages")
	List<EmailMessage> ofCase(@PathVariable long caseId) {
		return messages.ofCase(caseId);
	}
}
