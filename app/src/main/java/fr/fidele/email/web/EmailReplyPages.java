package fr.fidele.email.web;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.customers.Customers;
import fr.fidele.email.EmailIdentification;
import fr.fidele.email.EmailReplies;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.AdvisorDesk;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An advisor answers, from the workspace, an e-mail they hold (in conversation or in wrap-up), or recognises its sender. */
@Controller
class EmailReplyPages {

	private final AdvisorDesk desk;
	private final EmailReplies replies;
	private final Users users;
	private final PageActions actions;
	private final EmailIdentification identification;
	private final Customers customers;

	EmailReplyPages(AdvisorDesk desk, EmailReplies replies, Users users, PageActions actions, EmailIdentification identification,
			Customers customers) {
		this.identification = identification;
		this.customers = customers;
		this.desk = desk;
		this.replies = replies;
		this.users = users;
		this.actions = actions;
	}

	@PostMapping("/workspace/items/{id}/email-customer")
	String identify(@PathVariable long id, @RequestParam(defaultValue = "") String reference, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace", () -> {
			long customer = customers.idByReference(reference.strip())
				.orElseThrow(() -> new InvalidFieldException("reference", "unknownCustomerReference", reference));
			identification.identifyContact(desk.answering(me.id(), id).contactId(), customer, "sender recognised by " + me.username());
		});
	}

	@PostMapping("/workspace/items/{id}/email-reply")
	String reply(@PathVariable long id, @RequestParam(required = false) String text, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace", () -> {
			replies.reply(desk.answering(me.id(), id).contactId(), me.id(), users.findById(me.id()).map(User::displayName).orElse(me.username()), text);
		});
	}
}
