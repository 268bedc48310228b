package fr.fidele.chat.web;

import java.util.Arrays;

import fr.fidele.chat.ChatWidgets;
import fr.fidele.email.Mailboxes;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.RoutingAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The administrator's page for chat widgets: each one's tag to put on the site, adding one (its identity secret shown
 * this once), withdrawing one.
 */
@Controller
class ChatWidgetPages {

	private static final String PAGE = "redirect:/admin/chat-widgets";

	private final ChatWidgets widgets;
	private final RoutingAdministration routing;
	private final Mailboxes mailboxes;
	private final PageActions actions;

	ChatWidgetPages(ChatWidgets widgets, RoutingAdministration routing, Mailboxes mailboxes, PageActions actions) {
		this.widgets = widgets;
		this.routing = routing;
		this.mailboxes = mailboxes;
		this.actions = actions;
	}

	@GetMapping("/admin/chat-widgets")
	String list(Model model) {
		model.addAttribute("widgets", widgets.all());
		model.addAttribute("queues", routing.queues());
		model.addAttribute("mailboxes", mailboxes.all());
		model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return "chat/widgets";
	}

	/** The sites come one per line (or separated by spaces or commas), as an administrator pastes them. */
	@PostMapping("/admin/chat-widgets")
	String add(@RequestParam String name, @RequestParam String queue, @RequestParam(defaultValue = "") String allowedOrigins,
			@RequestParam(required = false) Long fallbackMailboxId, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> flash.addFlashAttribute("secret",
				widgets.add(name, queue, Arrays.asList(allowedOrigins.split("[\\s,]+")), fallbackMailboxId).identitySecret()));
	}

	@PostMapping("/admin/chat-widgets/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> widgets.withdraw(id));
	}
}
