package fr.fidele.messaging.web;

import java.nio.charset.StandardCharsets;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.customers.Customers;
import fr.fidele.messaging.MessagingIdentification;
import fr.fidele.messaging.MessagingMessages;
import fr.fidele.messaging.MessagingReplies;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.AdvisorDesk;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An advisor answers, from the workspace, a messaging conversation they hold, or recognises its unknown writer; the
 * files customers sent are downloaded.
 */
@Controller
class MessagingReplyPages {

	private final AdvisorDesk desk;
	private final MessagingReplies replies;
	private final MessagingMessages messages;
	private final Users users;
	private final PageActions actions;
	private final MessagingIdentification identification;
	private final Customers customers;

	MessagingReplyPages(AdvisorDesk desk, MessagingReplies replies, MessagingMessages messages, Users users, PageActions actions,
			MessagingIdentification identification, Customers customers) {
		this.identification = identification;
		this.customers = customers;
		this.desk = desk;
		this.replies = replies;
		this.messages = messages;
		this.users = users;
		this.actions = actions;
	}

	@PostMapping("/workspace/items/{id}/messaging-reply")
	String reply(@PathVariable long id, @RequestParam(required = false) String text, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace", () -> {
			replies.reply(desk.answering(me.id(), id).contactId(), me.id(), users.findById(me.id()).map(User::displayName).orElse(me.username()), text);
		});
	}

	@PostMapping("/workspace/items/{id}/messaging-customer")
	String identify(@PathVariable long id, @RequestParam(defaultValue = "") String reference, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace", () -> {
			long customer = customers.idByReference(reference.strip())
				.orElseThrow(() -> new InvalidFieldException("reference", "unknownCustomerReference", reference));
			identification.identifyContact(desk.answering(me.id(), id).contactId(), customer, "writer recognised by " + me.username());
		});
	}

	@GetMapping("/messaging/attachments/{id}")
	ResponseEntity<byte[]> attachment(@PathVariable long id) {
		MessagingMessages.StoredFile file = messages.attachment(id).orElseThrow(() -> new NotFoundException("attachment", id));
		// always a download, never shown inline: its content is the sender's
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff").body(file.content());
	}
}
