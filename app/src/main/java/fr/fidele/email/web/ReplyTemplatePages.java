package fr.fidele.email.web;

import fr.fidele.contacts.Reasons;
import fr.fidele.email.ReplyTemplates;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for reply templates: listed by language and reason, added, deleted. */
@Controller
class ReplyTemplatePages {

	private static final String PAGE = "redirect:/admin/reply-templates";

	private final ReplyTemplates templates;
	private final Reasons reasons;
	private final PageActions actions;

	ReplyTemplatePages(ReplyTemplates templates, Reasons reasons, PageActions actions) {
		this.templates = templates;
		this.reasons = reasons;
		this.actions = actions;
	}

	@GetMapping("/admin/reply-templates")
	String list(Model model) {
		model.addAttribute("templates", templates.all());
		model.addAttribute("reasons", reasons.all());
		return "email/reply-templates";
	}

	@PostMapping("/admin/reply-templates")
	String add(@RequestParam String name, @RequestParam(required = false) String reasonCode, @RequestParam String language,
			@RequestParam String body, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> templates.add(name, reasonCode, language, body));
	}

	@PostMapping("/admin/reply-templates/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> templates.delete(id));
	}
}
