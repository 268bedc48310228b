package fr.fidele.loyalty.web;

import fr.fidele.loyalty.LoyaltySchedule;
import fr.fidele.platform.web.ChangeReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** When the loyalty figures are computed again: read by managers, changed by directors and administrators. */
@RestController
@Tag(name = "Loyalty")
class LoyaltyScheduleApiController {

	private final LoyaltySchedule schedule;

	LoyaltyScheduleApiController(LoyaltySchedule schedule) {
		this.schedule = schedule;
	}

	record Schedule(String cron) {
	}

	@GetMapping("/api/loyalty/schedule")
	Schedule current() {
		return new Schedule(schedule.cron());
	}

	@PostMapping("/api/loyalty/schedule")
	@Operation(summary = "Change when every figure is computed again (a Spring cron: second minute hour day month weekday)")
	Schedule change(@RequestBody Schedule body, @RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return new Schedule(schedule.change(body.cron(), ChangeReason.or(reason, "changed through the API")));
	}
}
