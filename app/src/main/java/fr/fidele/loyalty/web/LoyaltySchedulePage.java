package fr.fidele.loyalty.web;

import java.util.Map;

import fr.fidele.loyalty.LoyaltySchedule;
import fr.fidele.loyalty.MeasureDefaults;
import fr.fidele.loyalty.MeasureSettings;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.stats.measures.CallRecords.AbandonedCalls;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The decision tool's settings page (schedule, measures' thresholds): seen by managers, changed by directors and administrators. */
@Controller
class LoyaltySchedulePage {

	private final LoyaltySchedule schedule;
	private final MeasureDefaults measureDefaults;
	private final PageActions actions;

	LoyaltySchedulePage(LoyaltySchedule schedule, MeasureDefaults measureDefaults, PageActions actions) {
		this.schedule = schedule;
		this.measureDefaults = measureDefaults;
		this.actions = actions;
	}

	@GetMapping("/loyalty/schedule")
	String page(Model model) {
		model.addAttribute("cron", schedule.cron());
		model.addAttribute("measures", measureDefaults.current());
		model.addAttribute("variants", AbandonedCalls.values());
		return "loyalty/schedule";
	}

	@PostMapping("/loyalty/measure-defaults")
	String changeMeasures(@RequestParam Map<String, String> form, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/loyalty/schedule", () -> measureDefaults.change(new MeasureSettings(
				number(form, "shortAbandonSeconds"), number(form, "targetSeconds"), AbandonedCalls.valueOf(form.get("abandonedCalls")),
				number(form, "resolutionDays")), form.getOrDefault("why", "")));
	}

	private static int number(Map<String, String> form, String field) {
		String typed = form.getOrDefault(field, "").strip();
		if (!typed.matches("\\d{1,6}")) {
			throw new InvalidFieldException(field, "notWholeNumber", typed);
		}
		return Integer.parseInt(typed);
	}

	@PostMapping("/loyalty/schedule")
	String change(@RequestParam Map<String, String> form, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/loyalty/schedule", () -> schedule.change(form.get("cron"), form.getOrDefault("why", "")));
	}
}
