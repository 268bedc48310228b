package fr.fidele.routing.web;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.contacts.EndedBy;
import fr.fidele.contacts.Reasons;
import fr.fidele.contacts.WrapUp;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.Presence;
import fr.fidele.routing.QueueFigures;
import fr.fidele.routing.Transfer;
import fr.fidele.routing.WrapUpDrafts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advisor's workspace: presence, the offers with their wait, the current contacts with the customer's case
 * file beside them, transfer, end and wrap-up. Offers and queue figures arrive live (server-sent events).
 */
@Controller
class WorkspacePages {

	private static final String BACK = "redirect:/workspace";

	/** A transfer's fields as the advisor typed them. */
	record TypedTransfer(String queue, String advisor, String note) {
	}

	private final AdvisorDesk desk;
	private final Workspace workspace;
	private final QueueFigures figures;
	private final Reasons reasons;
	private final LiveUpdates live;
	private final PageActions actions;
	private final WrapUpDrafts drafts;

	WorkspacePages(AdvisorDesk desk, Workspace workspace, QueueFigures figures, Reasons reasons, LiveUpdates live,
			PageActions actions, WrapUpDrafts drafts) {
		this.actions = actions;
		this.drafts = drafts;
		this.desk = desk;
		this.workspace = workspace;
		this.figures = figures;
		this.reasons = reasons;
		this.live = live;
	}

	@GetMapping("/workspace")
	String page(SignedInUser me, Model model) {
		long advisor = me.id();
		model.addAttribute("presence", desk.presenceOf(advisor));
		model.addAttribute("presences", Presence.values());
		model.addAttribute("held", workspace.held(advisor));
		model.addAttribute("queues", figures.wall());
		model.addAttribute("reasons", reasons.all());
		return "routing/workspace";
	}

	@GetMapping("/workspace/offers")
	String offers(SignedInUser me, Model model) {
		model.addAttribute("held", workspace.offers(me.id()));
		return "routing/workspace :: offers";
	}

	@GetMapping("/workspace/current")
	String current(SignedInUser me, Model model) {
		model.addAttribute("held", workspace.held(me.id()));
		model.addAttribute("queues", figures.wall());
		model.addAttribute("reasons", reasons.all());
		return "routing/workspace :: current";
	}

	/** The wrap-up notes as they are typed, kept until the wrap-up (the page sends them a second after the last key). */
	@PostMapping("/workspace/items/{id}/draft")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void draft(@PathVariable long id, @RequestParam(required = false) String notes, SignedInUser me) {
		drafts.save(me.id(), id, notes);
	}

	@GetMapping("/workspace/queues")
	String queues(Model model) {
		model.addAttribute("queues", figures.wall());
		return "routing/workspace :: queues";
	}

	@GetMapping("/workspace/events")
	SseEmitter events(SignedInUser me) {
		return live.workspace(me.id());
	}

	@PostMapping("/workspace/presence")
	String presence(@RequestParam Presence presence, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, BACK, () -> desk.presence(me.id(), presence));
	}

	@PostMapping("/workspace/items/{id}/accept")
	String accept(@PathVariable long id, SignedInUser me, RedirectAttributes flash) {
		return onItem(flash, id, () -> desk.accept(me.id(), id));
	}

	@PostMapping("/workspace/items/{id}/decline")
	String decline(@PathVariable long id, SignedInUser me, RedirectAttributes flash) {
		return onItem(flash, id, () -> desk.decline(me.id(), id));
	}

	@PostMapping("/workspace/items/{id}/identity")
	String identity(@PathVariable long id, SignedInUser me, RedirectAttributes flash) {
		return onItem(flash, id, () -> desk.identityVerified(me.id(), id));
	}

	@PostMapping("/workspace/items/{id}/transfer")
	String transfer(@PathVariable long id, @RequestParam(required = false) String queue,
			@RequestParam(required = false) String advisor, @RequestParam(required = false) String note, SignedInUser me,
			RedirectAttributes flash) {
		// shown again if the transfer is refused: nothing the advisor typed is lost
		flash.addFlashAttribute("typed", new TypedTransfer(queue, advisor, note));
		return onItem(flash, id, () -> desk.transfer(me.id(), id, new Transfer(PageActions.blankToNull(queue), PageActions.blankToNull(advisor), note)));
	}

	@PostMapping("/workspace/items/{id}/end")
	String end(@PathVariable long id, SignedInUser me, RedirectAttributes flash) {
		return onItem(flash, id, () -> desk.end(me.id(), id, EndedBy.ADVISOR));
	}

	@PostMapping("/workspace/items/{id}/wrap-up")
	String wrapUp(@PathVariable long id, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) Boolean resolved, @RequestParam(required = false) String notes, SignedInUser me,
			RedirectAttributes flash) {
		return onItem(flash, id, () -> desk.wrapUp(me.id(), id, new WrapUp(resolved, PageActions.blankToNull(notes), PageActions.blankToNull(reasonCode))));
	}

	/** An action on one item: a refusal is said at the top of the page and tied to that item's field at fault. */
	private String onItem(RedirectAttributes flash, long id, Runnable action) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, BACK, action);
	}
}
