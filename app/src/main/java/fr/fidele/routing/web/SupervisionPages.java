package fr.fidele.routing.web;

import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.QueueFigures;
import fr.fidele.routing.Supervision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's live wall: each queue's waiting items, longest wait, expected wait and advisors by presence;
 * the items waiting, to move to another queue or advisor; the advisors, to move onto a queue.
 */
@Controller
class SupervisionPages {

	static final int WAITING_SHOWN = 100;
	private static final String BACK = "redirect:/supervision";

	private final Supervision supervision;
	private final QueueFigures figures;
	private final LiveUpdates live;
	private final PageActions actions;

	SupervisionPages(Supervision supervision, QueueFigures figures, LiveUpdates live, PageActions actions) {
		this.actions = actions;
		this.supervision = supervision;
		this.figures = figures;
		this.live = live;
	}

	@GetMapping("/supervision")
	String wall(Model model) {
		fill(model);
		return "routing/supervision";
	}

	@GetMapping("/supervision/panel")
	String panel(Model model) {
		fill(model);
		return "routing/supervision :: panel";
	}

	@GetMapping("/supervision/events")
	SseEmitter events() {
		return live.wall();
	}

	@PostMapping("/supervision/items/{id}/move")
	String moveItem(@PathVariable long id, @RequestParam(required = false) String queue,
			@RequestParam(required = false) String advisor, RedirectAttributes flash) {
		return actions.act(flash, BACK,
				() -> supervision.moveItem(id, PageActions.blankToNull(queue), PageActions.blankToNull(advisor)));
	}

	@PostMapping("/supervision/advisors/{id}/queue")
	String moveAdvisor(@PathVariable long id, @RequestParam(required = false) String queue, RedirectAttributes flash) {
		return actions.act(flash, BACK, () -> supervision.moveAdvisor(id, queue));
	}

	private void fill(Model model) {
		model.addAttribute("queues", figures.wall());
		model.addAttribute("waiting", supervision.waiting(WAITING_SHOWN));
		model.addAttribute("live", supervision.liveConversations(WAITING_SHOWN));
		model.addAttribute("advisors", supervision.advisors());
	}
}
