package fr.fidele.guidance.web;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.contacts.Reasons;
import fr.fidele.customers.CustomerChanges;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.Expertise;
import fr.fidele.guidance.GuideOutcome;
import fr.fidele.guidance.GuideSuggestions;
import fr.fidele.guidance.GuideUses;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.WorkItem;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an advisor does with the guide beside an item they hold: name the reason (the guide follows it), say the
 * customer is an expert, follow a step (with the customer's answer where it branches), skip the guide or say it did
 * not fit, suggest a change. Each comes back to the workspace.
 */
@Controller
class GuideWorkspaceActions {

	private static final String WORKSPACE = "redirect:/workspace";

	private final AdvisorDesk desk;
	private final GuideUses uses;
	private final GuideSuggestions suggestions;
	private final CustomerManagement customers;
	private final Reasons reasons;
	private final PageActions actions;

	GuideWorkspaceActions(AdvisorDesk desk, GuideUses uses, GuideSuggestions suggestions, CustomerManagement customers, Reasons reasons,
			PageActions actions) {
		this.desk = desk;
		this.uses = uses;
		this.suggestions = suggestions;
		this.customers = customers;
		this.reasons = reasons;
		this.actions = actions;
	}

	@PostMapping("/workspace/items/{id}/guide/reason")
	String reason(@PathVariable long id, @RequestParam(required = false) String reasonCode, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, WORKSPACE, () -> {
			String code = PageActions.blankToNull(reasonCode);
			if (code != null && reasons.all().stream().noneMatch(reason -> reason.code().equals(code))) {
				throw new InvalidFieldException("reasonCode", "unknownReason", code);
			}
			uses.nameReason(desk.answering(me.id(), id).contactId(), code);
		});
	}

	@PostMapping("/workspace/items/{id}/guide/expert")
	String expert(@PathVariable long id, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, WORKSPACE, () -> {
			WorkItem item = desk.answering(me.id(), id);
			if (item.customerId() == null) {
				throw new InvalidFieldException("customer", "required");
			}
			customers.update(item.customerId(), new CustomerChanges(null, null, null, Expertise.EXPERT, null, null, null, null),
					"found to be an expert by " + me.username() + " during contact " + item.contactId());
		});
	}

	@PostMapping("/workspace/items/{id}/guide/{use}/steps")
	String step(@PathVariable long id, @PathVariable long use, @RequestParam int step, @RequestParam(required = false) String answer,
			SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, WORKSPACE, () -> uses.followed(desk.answering(me.id(), id).contactId(), use, step, PageActions.blankToNull(answer)));
	}

	@PostMapping("/workspace/items/{id}/guide/{use}/outcome")
	String outcome(@PathVariable long id, @PathVariable long use, @RequestParam GuideOutcome outcome, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, WORKSPACE, () -> uses.decided(desk.answering(me.id(), id).contactId(), use, outcome));
	}

	@PostMapping("/workspace/items/{id}/guide/suggestion")
	String suggest(@PathVariable long id, @RequestParam String guide, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) String body, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, WORKSPACE, () -> {
			desk.answering(me.id(), id);
			suggestions.suggest(guide, version, me.id(), body);
			flash.addFlashAttribute("guideSuggested", id);
		});
	}
}
