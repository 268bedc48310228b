package fr.fidele.contacts.web;

import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page for the contact-reason taxonomy: the reasons, and one created or changed at a time. */
@Controller
class ReasonAdminPages {

	private final Reasons reasons;
	private final PageActions actions;

	ReasonAdminPages(Reasons reasons, PageActions actions) {
		this.reasons = reasons;
		this.actions = actions;
	}

	@GetMapping("/admin/reasons")
	String list(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("reasons", reasons.all());
		model.addAttribute("edited", reasons.find(code == null ? "" : code).orElse(new Reason("", "", "", 100, true)));
		return "admin/reasons";
	}

	@PostMapping("/admin/reasons")
	String save(@RequestParam String code, @RequestParam String labelFr, @RequestParam String labelEn, @RequestParam int position,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam String why, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/admin/reasons",
				() -> reasons.save(new Reason(code.strip().toUpperCase(), labelFr.strip(), labelEn.strip(), position, active), why));
	}
}
