package fr.fidele.mystery.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.fidele.accounts.Role;
import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.mystery.Assignments;
import fr.fidele.mystery.Campaigns;
import fr.fidele.mystery.MysteryResults;
import fr.fidele.mystery.NewCampaign;
import fr.fidele.platform.web.PageActions;
import fr.fidele.quality.Grids;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /mystery}: the campaigns, the competitors and the forms that create them and give shoppers their
 * assignments; {@code /mystery/campaigns/{id}}: the company against each competitor, per wave, channel and criterion.
 */
@Controller
class MysteryPages {

	private static final String PAGE = "redirect:/mystery";
	/** Scenario rows on the campaign form; those left without a title are ignored. */
	static final int SCENARIO_ROWS = 3;

	private final Campaigns campaigns;
	private final Assignments assignments;
	private final MysteryResults results;
	private final Grids grids;
	private final Users users;
	private final PageActions actions;

	MysteryPages(Campaigns campaigns, Assignments assignments, MysteryResults results, Grids grids, Users users, PageActions actions) {
		this.campaigns = campaigns;
		this.assignments = assignments;
		this.results = results;
		this.grids = grids;
		this.users = users;
		this.actions = actions;
	}

	@GetMapping("/mystery")
	String overview(Model model) {
		model.addAttribute("campaigns", campaigns.all()).addAttribute("competitors", campaigns.competitors()).addAttribute("grids", grids.current())
			.addAttribute("shoppers", users.withRole(Role.SHOPPER)).addAttribute("channels", List.of(Channel.PHONE, Channel.EMAIL, Channel.CHAT,
					Channel.WEB_FORM, Channel.SOCIAL, Channel.IN_PERSON, Channel.CALLBACK))
			.addAttribute("rows", SCENARIO_ROWS);
		return "mystery/overview";
	}

	@PostMapping("/mystery/campaigns")
	String campaign(@RequestParam Map<String, String> form, SignedInUser me, RedirectAttributes flash) {
		List<NewCampaign.NewScenario> scenarios = new ArrayList<>();
		for (int i = 0; i < SCENARIO_ROWS; i++) {
			if (PageActions.blankToNull(form.get("title" + i)) != null) {
				String channel = PageActions.blankToNull(form.get("channel" + i));
				scenarios.add(new NewCampaign.NewScenario(form.get("title" + i), form.get("situation" + i), channel == null ? null : Channel.valueOf(channel),
						form.get("ask" + i), form.get("good" + i)));
			}
		}
		String grid = PageActions.blankToNull(form.get("grid"));
		return actions.act(flash, PAGE, () -> campaigns.create(new NewCampaign(form.get("name"), grid == null ? null : Long.valueOf(grid), scenarios),
				me.id()));
	}

	@PostMapping("/mystery/competitors")
	String competitor(@RequestParam(required = false) String name, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> campaigns.competitor(name));
	}

	@PostMapping("/mystery/assignments")
	String assign(@RequestParam(required = false) Long scenario, @RequestParam(required = false) Integer wave,
			@RequestParam(required = false) Long shopper, @RequestParam(required = false) Long competitor,
			@RequestParam(required = false) LocalDate dueOn, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> assignments.assign(scenario, wave, shopper, competitor, dueOn));
	}

	@GetMapping("/mystery/campaigns/{id}")
	String results(@PathVariable long id, Model model) {
		model.addAttribute("results", results.of(id)).addAttribute("assignments", assignments.ofCampaign(id));
		return "mystery/campaign";
	}
}
