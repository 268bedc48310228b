package fr.fidele.email.web;

import fr.fidele.email.MailboxChange;
import fr.fidele.email.MailboxReader;
import fr.fidele.email.Mailboxes;
import fr.fidele.email.NewMailbox;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.RoutingAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for mailboxes: each one's state (last read, last error), adding one, reading one now. */
@Controller
class MailboxPages {

	private static final String PAGE = "redirect:/admin/mailboxes";

	private final Mailboxes mailboxes;
	private final MailboxReader reader;
	private final RoutingAdministration routing;
	private final PageActions actions;

	MailboxPages(Mailboxes mailboxes, MailboxReader reader, RoutingAdministration routing, PageActions actions) {
		this.mailboxes = mailboxes;
		this.reader = reader;
		this.routing = routing;
		this.actions = actions;
	}

	@GetMapping("/admin/mailboxes")
	String list(Model model) {
		model.addAttribute("mailboxes", mailboxes.all());
		model.addAttribute("queues", routing.queues());
		return "email/mailboxes";
	}

	@PostMapping("/admin/mailboxes")
	String add(@RequestParam String address, @RequestParam String imapHost, @RequestParam(required = false) Integer imapPort,
			@RequestParam String smtpHost, @RequestParam(required = false) Integer smtpPort, @RequestParam String username,
			@RequestParam String password, @RequestParam String queue, RedirectAttributes flash) {
		// from the page, always with TLS: a mailbox without it is for a test server, through the API
		return actions.act(flash, PAGE,
				() -> mailboxes.add(new NewMailbox(address, imapHost, imapPort, true, smtpHost, smtpPort, true, username, password, queue)));
	}

	@PostMapping("/admin/mailboxes/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> mailboxes.change(id, new MailboxChange(enabled, null, null)));
	}

	@PostMapping("/admin/mailboxes/{id}/read")
	String read(@PathVariable long id, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> reader.read(mailboxes.find(id).id()));
	}
}
