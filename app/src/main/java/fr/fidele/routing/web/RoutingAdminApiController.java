package fr.fidele.routing.web;

import java.util.List;
import java.util.Map;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.web.ChangeReason;
import fr.fidele.routing.OpeningHours;
import fr.fidele.routing.QueueCalendars;
import fr.fidele.routing.QueueDefinition;
import fr.fidele.routing.RoutingAdministration;
import fr.fidele.routing.RoutingWindows;
import fr.fidele.routing.RoutingAdministration.AdvisorProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Queues and advisors' skills and languages, for administrators; a change's reason in {@code X-Change-Reason}. */
@RestController
@Tag(name = "Routing administration")
class RoutingAdminApiController {

	private final RoutingAdministration administration;
	private final QueueCalendars calendars;
	private final RoutingWindows windows;

	RoutingAdminApiController(RoutingAdministration administration, QueueCalendars calendars, RoutingWindows windows) {
		this.windows = windows;
		this.administration = administration;
		this.calendars = calendars;
	}

	record ProfileChange(Map<String, Integer> skills, List<String> languages) {
	}

	@GetMapping("/api/routing/queue-definitions")
	List<QueueDefinition> queues() {
		return administration.queues();
	}

	@PutMapping("/api/routing/queue-definitions/{code}")
	@Operation(summary = "Create a queue or replace its definition")
	QueueDefinition saveQueue(@PathVariable String code, @RequestBody QueueDefinition queue,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		if (!code.equals(queue.code())) {
			throw new InvalidFieldException("code", "codeMismatch", code);
		}
		return administration.saveQueue(queue, ChangeReason.or(reason, "defined through the API"));
	}

	@GetMapping("/api/routing/queue-definitions/{code}/calendar")
	OpeningHours calendar(@PathVariable String code) {
		return calendars.of(code);
	}

	@PutMapping("/api/routing/queue-definitions/{code}/calendar")
	@Operation(summary = "Replace a queue's opening hours (per weekday, in fidele.routing.zone) and closed days")
	OpeningHours replaceCalendar(@PathVariable String code, @RequestBody OpeningHours hours,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return calendars.replace(code, hours, ChangeReason.or(reason, "calendar set through the API"));
	}

	@GetMapping("/api/routing/settings")
	RoutingWindows.Windows settings() {
		return windows.current();
	}

	@PutMapping("/api/routing/settings")
	@Operation(summary = "Set routing's time windows (ISO-8601 durations, e.g. PT20S); every instance applies them within seconds")
	RoutingWindows.Windows changeSettings(@RequestBody RoutingWindows.Windows settings,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return windows.change(settings, ChangeReason.or(reason, "changed through the API"));
	}

	@GetMapping("/api/routing/advisors/{username}/profile")
	AdvisorProfile profile(@PathVariable String username) {
		return administration.profile(username);
	}

	@PutMapping("/api/routing/advisors/{username}/profile")
	@Operation(summary = "Replace an advisor's skills (levels 1 to 5) and languages")
	AdvisorProfile changeProfile(@PathVariable String username, @RequestBody ProfileChange change,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return administration.changeProfile(username, change.skills(), change.languages(), ChangeReason.or(reason, "changed through the API"));
	}
}
