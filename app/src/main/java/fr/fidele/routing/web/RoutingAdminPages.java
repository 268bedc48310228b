package fr.fidele.routing.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.contacts.Reasons;
import fr.fidele.casefile.Segment;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.QueueCalendars;
import fr.fidele.routing.QueueDefinition;
import fr.fidele.routing.RoutingAdministration;
import fr.fidele.routing.RoutingWindows;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for queues and for what each advisor can take (skills with levels, languages). */
@Controller
class RoutingAdminPages {

	private final RoutingAdministration administration;
	private final Reasons reasons;
	private final QueueCalendars calendars;
	private final RoutingWindows windows;
	private final PageActions actions;

	RoutingAdminPages(RoutingAdministration administration, Reasons reasons, QueueCalendars calendars, RoutingWindows windows,
			PageActions actions) {
		this.windows = windows;
		this.calendars = calendars;
		this.administration = administration;
		this.reasons = reasons;
		this.actions = actions;
	}

	@GetMapping("/admin/queues")
	String queues(@RequestParam(required = false) String code, Model model) {
		List<QueueDefinition> queues = administration.queues();
		model.addAttribute("queues", queues);
		model.addAttribute("edited", queues.stream().filter(q -> q.code().equals(code)).findFirst()
			.orElse(new QueueDefinition("", "", "", null, null, null, "", 1, 0, 120, 240, true)));
		model.addAttribute("calendar", code == null ? null : CalendarForm.write(calendars.of(code)));
		model.addAttribute("reasons", reasons.all());
		model.addAttribute("segments", Segment.values());
		return "admin/queues";
	}

	@PostMapping("/admin/queues")
	String saveQueue(@RequestParam String code, @RequestParam String labelFr, @RequestParam String labelEn,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String segment,
			@RequestParam(required = false) String language, @RequestParam String skill, @RequestParam int minLevel,
			@RequestParam int priority, @RequestParam int callbackOfferSeconds, @RequestParam int defaultHandleSeconds,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam String why, RedirectAttributes flash) {
		QueueDefinition queue = new QueueDefinition(code.strip(), labelFr, labelEn, PageActions.blankToNull(reason),
				PageActions.blankToNull(segment), PageActions.blankToNull(language), skill.strip(), minLevel, priority,
				callbackOfferSeconds, defaultHandleSeconds, active);
		return actions.act(flash, "redirect:/admin/queues", () -> administration.saveQueue(queue, why));
	}

	@PostMapping("/admin/queues/{code}/calendar")
	String saveCalendar(@PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/admin/queues?code=" + code,
				() -> calendars.replace(code, CalendarForm.read(form), form.getOrDefault("why", "")));
	}

	@GetMapping("/admin/routing-settings")
	String settings(Model model) {
		model.addAttribute("windows", windows.current());
		return "admin/routing-settings";
	}

	@PostMapping("/admin/routing-settings")
	String changeSettings(@RequestParam String stickyWindow, @RequestParam String stickyWait, @RequestParam String offerTimeout,
			@RequestParam String advisorTimeout, @RequestParam String why, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/admin/routing-settings", () -> windows.change(new RoutingWindows.Windows(
				duration("stickyWindow", stickyWindow), duration("stickyWait", stickyWait), duration("offerTimeout", offerTimeout),
				duration("advisorTimeout", advisorTimeout)), why));
	}

	/** A duration as the settings page writes it: 20s, 10m, 7d. */
	private static Duration duration(String field, String typed) {
		try {
			return DurationStyle.SIMPLE.parse(typed.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "durationFormat", typed);
		}
	}

	@GetMapping("/admin/advisors/{username}/routing")
	String advisor(@PathVariable String username, Model model) {
		model.addAttribute("profile", administration.profile(username));
		model.addAttribute("skills", administration.queues().stream().map(QueueDefinition::skill).distinct().sorted().toList());
		return "admin/advisor-routing";
	}

	@PostMapping("/admin/advisors/{username}/routing")
	String changeAdvisor(@PathVariable String username, @RequestParam Map<String, String> form,
			@RequestParam(required = false) List<String> languages, @RequestParam String why, RedirectAttributes flash) {
		// each skill comes as level.<SKILL> = 0 (none) to 5
		Map<String, Integer> skills = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("level.") && !value.isBlank() && !"0".equals(value)) {
				// anything but a small number is refused by the rules, naming the skill, as a level out of range
				skills.put(name.substring("level.".length()), value.matches("\\d{1,2}") ? Integer.valueOf(value) : -1);
			}
		});
		return actions.act(flash, "redirect:/admin/advisors/" + username + "/routing",
				() -> administration.changeProfile(username, skills, languages == null ? List.of() : languages, why));
	}
}
