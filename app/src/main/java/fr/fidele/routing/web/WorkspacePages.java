package fr.fidele.routing.web;

import java.security.Principal;

import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.Reasons;
import fr.fidele.contacts.WrapUp;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.Presence;
import fr.fidele.routing.QueueFigures;
import fr.fidele.routing.Transfer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advisor's workspace: presence, the offers with their wait, the current contacts with the customer's case
 * file beside them, transfer, end and wrap-up. Offers and queue figures arrive live (server-sent events).
 */
@Controller
class WorkspacePages {

	private static final String BACK = "redirect:/workspace";

	private final AdvisorDesk desk;
	private final Workspace workspace;
	private final QueueFigures figures;
	private final Reasons reasons;
	private final LiveUpdates live;
	private final Me me;

	WorkspacePages(AdvisorDesk desk, Workspace workspace, QueueFigures figures, Reasons reasons, LiveUpdates live, Me me) {
		this.desk = desk;
		this.workspace = workspace;
		this.figures = figures;
		this.reasons = reasons;
		this.live = live;
		this.me = me;
	}

	@GetMapping("/workspace")
	String page(Principal principal, Model model) {
		long advisor = me.id(principal);
		model.addAttribute("presence", desk.presenceOf(advisor));
		model.addAttribute("presences", Presence.values());
		model.addAttribute("held", workspace.held(advisor));
		model.addAttribute("queues", figures.wall());
		model.addAttribute("reasons", reasons.all());
		return "routing/workspace";
	}

	@GetMapping("/workspace/offers")
	String offers(Principal principal, Model model) {
		model.addAttribute("held", workspace.held(me.id(principal)));
		return "routing/workspace :: offers";
	}

	@GetMapping("/workspace/current")
	String current(Principal principal, Model model) {
		model.addAttribute("held", workspace.held(me.id(principal)));
		model.addAttribute("queues", figures.wall());
		model.addAttribute("reasons", reasons.all());
		return "routing/workspace :: current";
	}

	@GetMapping("/workspace/queues")
	String queues(Model model) {
		model.addAttribute("queues", figures.wall());
		return "routing/workspace :: queues";
	}

	@GetMapping("/workspace/events")
	SseEmitter events(Principal principal) {
		return live.workspace(me.id(principal));
	}

	@PostMapping("/workspace/presence")
	String presence(@RequestParam Presence presence, Principal principal, RedirectAttributes flash) {
		return act(flash, BACK, () -> desk.presence(me.id(principal), presence));
	}

	@PostMapping("/workspace/items/{id}/accept")
	String accept(@PathVariable long id, Principal principal, RedirectAttributes flash) {
		return act(flash, BACK, () -> desk.accept(me.id(principal), id));
	}

	@PostMapping("/workspace/items/{id}/decline")
	String decline(@PathVariable long id, Principal principal, RedirectAttributes flash) {
		return act(flash, BACK, () -> desk.decline(me.id(principal), id));
	}

	@PostMapping("/workspace/items/{id}/identity")
	String identity(@PathVariable long id, Principal principal, RedirectAttributes flash) {
		return act(flash, BACK, () -> desk.identityVerified(me.id(principal), id));
	}

	@PostMapping("/workspace/items/{id}/transfer")
	String transfer(@PathVariable long id, @RequestParam(required = false) String queue,
			@RequestParam(required = false) String advisor, @RequestParam(required = false) String note, Principal principal,
			RedirectAttributes flash) {
		return act(flash, BACK, () -> desk.transfer(me.id(principal), id, new Transfer(blankToNull(queue), blankToNull(advisor), note)));
	}

	@PostMapping("/workspace/items/{id}/end")
	String end(@PathVariable long id, Principal principal, RedirectAttributes flash) {
		return act(flash, BACK, () -> desk.end(me.id(principal), id, EndedBy.ADVISOR));
	}

	@PostMapping("/workspace/items/{id}/wrap-up")
	String wrapUp(@PathVariable long id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) Boolean resolved, @RequestParam(required = false) String notes, Principal principal,
			RedirectAttributes flash) {
		return act(flash, BACK, () -> desk.wrapUp(me.id(principal), id, new WrapUp(resolved, blankToNull(notes), blankToNull(reasonCode))));
	}

	/** Does it, then goes back to {@code page}, where a refusal's reason is shown at the top. */
	static String act(RedirectAttributes flash, String page, Runnable action) {
		try {
			action.run();
		}
		catch (InvalidFieldException | ConflictException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return page;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
