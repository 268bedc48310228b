package fr.fidele.loyalty.web;

import java.util.Map;

import fr.fidele.loyalty.LoyaltySchedule;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schedule page: seen by managers, changed by directors and administrators. */
@Controller
class LoyaltySchedulePage {

	private final LoyaltySchedule schedule;
	private final PageActions actions;

	LoyaltySchedulePage(LoyaltySchedule schedule, PageActions actions) {
		this.schedule = schedule;
		this.actions = actions;
	}

	@GetMapping("/loyalty/schedule")
	String page(Model model) {
		model.addAttribute("cron", schedule.cron());
		return "loyalty/schedule";
	}

	@PostMapping("/loyalty/schedule")
	String change(@RequestParam Map<String, String> form, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/loyalty/schedule", () -> schedule.change(form.get("cron"), form.getOrDefault("why", "")));
	}
}
