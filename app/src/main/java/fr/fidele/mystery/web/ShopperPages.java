package fr.fidele.mystery.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.casefile.Channel;
import fr.fidele.mystery.Assignment;
import fr.fidele.mystery.Assignments;
import fr.fidele.mystery.Campaigns;
import fr.fidele.mystery.Visit;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.quality.FormAnswers;
import fr.fidele.quality.Grid;
import fr.fidele.quality.Grids;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shopper's pages: {@code /mystery/mine}, their assignments; {@code /mystery/assignments/{id}}, the scenario to
 * play and the form that reports the visit with the campaign's grid (or, once reported, the report).
 */
@Controller
class ShopperPages {

	private final Assignments assignments;
	private final Campaigns campaigns;
	private final Grids grids;
	private final PageActions actions;

	ShopperPages(Assignments assignments, Campaigns campaigns, Grids grids, PageActions actions) {
		this.assignments = assignments;
		this.campaigns = campaigns;
		this.grids = grids;
		this.actions = actions;
	}

	@GetMapping("/mystery/mine")
	String mine(SignedInUser me, Model model) {
		model.addAttribute("assignments", assignments.of(me.id()));
		return "mystery/mine";
	}

	@GetMapping("/mystery/assignments/{id}")
	String assignment(@PathVariable long id, SignedInUser me, Model model) {
		Assignment assignment = assignments.readable(id, me);
		model.addAttribute("assignment", assignment).addAttribute("grid", grid(assignment)).addAttribute("mine", assignment.shopperId() == me.id())
			.addAttribute("channels", Channel.values());
		return "mystery/assignment";
	}

	@PostMapping("/mystery/assignments/{id}/visit")
	String visit(@PathVariable long id, @RequestParam Map<String, String> form, SignedInUser me, RedirectAttributes flash) {
		Assignment assignment = assignments.readable(id, me);
		Grid grid = grid(assignment);
		return actions.act(flash, "redirect:/mystery/assignments/" + id, () -> {
			String at = PageActions.blankToNull(form.get("visitedAt"));
			String channel = PageActions.blankToNull(form.get("channel"));
			if (at == null) {
				throw new InvalidFieldException("visitedAt", "required");
			}
			assignments.report(id, me, new Visit(LocalDateTime.parse(at).atZone(ZoneId.systemDefault()).toInstant(),
					channel == null ? null : Channel.valueOf(channel), form.get("evidence"), FormAnswers.of(grid, form)));
		});
	}

	private Grid grid(Assignment assignment) {
		return grids.grid(campaigns.get(assignment.scenario().campaignId()).gridId());
	}
}
