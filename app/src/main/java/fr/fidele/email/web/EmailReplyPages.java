package fr.fidele.email.web;

import java.util.Set;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.email.EmailReplies;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.ItemState;
import fr.fidele.routing.WorkItem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An advisor answers, from the workspace, an e-mail they hold (in conversation or in wrap-up). */
@Controller
class EmailReplyPages {

	private static final Set<ItemState> ANSWERABLE = Set.of(ItemState.CONNECTED, ItemState.WRAP_UP);

	private final AdvisorDesk desk;
	private final EmailReplies replies;
	private final Users users;
	private final PageActions actions;

	EmailReplyPages(AdvisorDesk desk, EmailReplies replies, Users users, PageActions actions) {
		this.desk = desk;
		this.replies = replies;
		this.users = users;
		this.actions = actions;
	}

	@PostMapping("/workspace/items/{id}/email-reply")
	String reply(@PathVariable long id, @RequestParam(required = false) String text, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace", () -> {
			WorkItem item = desk.held(me.id()).stream().filter(held -> held.id() == id && ANSWERABLE.contains(held.state())).findFirst()
				.orElseThrow(() -> new ConflictException("notYourItem", id, ANSWERABLE));
			replies.reply(item.contactId(), me.id(), users.findById(me.id()).map(User::displayName).orElse(me.username()), text);
		});
	}
}
