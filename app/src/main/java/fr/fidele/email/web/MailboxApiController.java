package fr.fidele.email.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fr.fidele.email.EmailIdentification;
import fr.fidele.email.EmailMessage;
import fr.fidele.email.EmailMessages;
import fr.fidele.email.Mailbox;
import fr.fidele.email.MailboxChange;
import fr.fidele.email.MailboxReader;
import fr.fidele.email.Mailboxes;
import fr.fidele.email.NewMailbox;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.ChangeReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mailboxes for administrators (never their password), and the messages of a case for those who read case files. */
@RestController
@Tag(name = "E-mail")
class MailboxApiController {

	private final Mailboxes mailboxes;
	private final MailboxReader reader;
	private final EmailMessages messages;
	private final EmailIdentification identification;

	MailboxApiController(Mailboxes mailboxes, MailboxReader reader, EmailMessages messages, EmailIdentification identification) {
		this.identification = identification;
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

	@PatchMapping("/api/mailboxes/{id}")
	@Operation(summary = "Pause or resume a mailbox (enabled), move it to another queue, or give its new password; other fields stay")
	Mailbox change(@PathVariable long id, @RequestBody MailboxChange change) {
		return mailboxes.change(id, change);
	}

	@PostMapping("/api/mailboxes/{id}/read")
	@Operation(summary = "Read the mailbox's new messages now, without waiting for the next poll")
	Map<String, Object> read(@PathVariable long id) {
		Mailbox box = mailboxes.find(id);
		int kept = reader.read(box.id());
		Mailbox after = mailboxes.find(id);
		return after.lastError() == null ? Map.of("kept", kept) : Map.of("kept", kept, "error", after.lastError());
	}

	@GetMapping({ "/api/email/attachments/{id}", "/email/attachments/{id}" })
	@Operation(summary = "A file a customer attached, as a download (never shown inline: its content is the sender's)")
	ResponseEntity<byte[]> attachment(@PathVariable long id) {
		EmailMessages.StoredFile file = messages.attachment(id).orElseThrow(() -> new NotFoundException("attachment", id));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff").body(file.content());
	}

	/** Who an unknown sender is. */
	record Identification(Long customerId) {
	}

	@PostMapping("/api/email/threads/{id}/customer")
	@Operation(summary = "An unknown sender's conversation is an existing customer's: its contacts join a case of theirs, and the address becomes theirs")
	Map<String, Object> identify(@PathVariable long id, @RequestBody Identification body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		if (body.customerId() == null) {
			throw new InvalidFieldException("customerId", "required");
		}
		return Map.of("caseId", identification.identify(id, body.customerId(), ChangeReason.or(reason, "sender recognised through the API")));
	}

	@GetMapping("/api/email/cases/{caseId}/messages")
	List<EmailMessage> ofCase(@PathVariable long caseId) {
		return messages.ofCase(caseId);
	}
}
