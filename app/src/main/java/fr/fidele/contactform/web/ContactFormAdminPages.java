package fr.fidele.contactform.web;

import java.util.List;
import java.util.stream.Collectors;

import fr.fidele.contactform.ContactForms;
import fr.fidele.email.Mailbox;
import fr.fidele.email.Mailboxes;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The administrator's page for contact forms: each one's public address and the snippet to embed it, adding, withdrawing. */
@Controller
class ContactFormAdminPages {

	private static final String PAGE = "redirect:/admin/contact-forms";

	private final ContactForms forms;
	private final Mailboxes mailboxes;
	private final PageActions actions;

	ContactFormAdminPages(ContactForms forms, Mailboxes mailboxes, PageActions actions) {
		this.forms = forms;
		this.mailboxes = mailboxes;
		this.actions = actions;
	}

	@GetMapping("/admin/contact-forms")
	String list(Model model) {
		model.addAttribute("forms", forms.all());
		List<Mailbox> boxes = mailboxes.all();
		model.addAttribute("mailboxes", boxes);
		model.addAttribute("addresses", boxes.stream().collect(Collectors.toMap(Mailbox::id, Mailbox::address)));
		// the administrator's own address of Fidèle, for the links and snippets they copy
		model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return "contactform/admin";
	}

	@PostMapping("/admin/contact-forms")
	String add(@RequestParam String name, @RequestParam(required = false) Long mailboxId, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> forms.add(name, mailboxId));
	}

	@PostMapping("/admin/contact-forms/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> forms.withdraw(id));
	}
}
