package fr.fidele.loyalty.web;

import fr.fidele.loyalty.LoyaltySchedule;
import fr.fidele.loyalty.MeasureDefaults;
import fr.fidele.loyalty.MeasureSettings;
import fr.fidele.platform.web.ChangeReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision tool's settings: when the figures are computed again, and the service measures' thresholds; read by
 * managers, changed by directors and administrators.
 */
@RestController
@Tag(name = "Loyalty")
class LoyaltyScheduleApiController {

	private final LoyaltySchedule schedule;
	private final MeasureDefaults measureDefaults;

	LoyaltyScheduleApiController(LoyaltySchedule schedule, MeasureDefaults measureDefaults) {
		this.schedule = schedule;
		this.measureDefaults = measureDefaults;
	}

	record Schedule(String cron) {
	}

	@GetMapping("/api/loyalty/schedule")
	Schedule current() {
		return new Schedule(schedule.cron());
	}

	@GetMapping("/api/loyalty/measure-defaults")
	MeasureSettings measureDefaults() {
		return measureDefaults.current();
	}

	@PostMapping("/api/loyalty/measure-defaults")
	@Operation(summary = "Set the service measures' thresholds used when a report does not name its own")
	MeasureSettings changeMeasureDefaults(@RequestBody MeasureSettings settings,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return measureDefaults.change(settings, ChangeReason.or(reason, "changed through the API"));
	}

	@PostMapping("/api/loyalty/schedule")
	@Operation(summary = "Change when every figure is computed again (a Spring cron: second minute hour day month weekday)")
	Schedule change(@RequestBody Schedule body, @RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return new Schedule(schedule.change(body.cron(), ChangeReason.or(reason, "changed through the API")));
	}
}
