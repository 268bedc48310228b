package fr.fidele.loyalty.web;

import java.time.LocalDate;
import java.util.List;

import fr.fidele.loyalty.AdvisorIntegrity;
import fr.fidele.loyalty.ExperienceAnalysis;
import fr.fidele.loyalty.ExperienceModel;
import fr.fidele.loyalty.IntegrityCheck;
import fr.fidele.loyalty.RetentionReport;
import fr.fidele.loyalty.ServiceRetention;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The loyalty figures over HTTP, for supervisors, directors and administrators. */
@RestController
@Tag(name = "Loyalty")
class LoyaltyApiController {

	private final ExperienceAnalysis analysis;
	private final IntegrityCheck integrity;
	private final ServiceRetention retention;

	LoyaltyApiController(ExperienceAnalysis analysis, IntegrityCheck integrity, ServiceRetention retention) {
		this.analysis = analysis;
		this.integrity = integrity;
		this.retention = retention;
	}

	@GetMapping("/api/loyalty/experiences")
	@Operation(summary = "Hazard ratio of churn for each experience (time-varying Cox model, strata by segment)")
	ExperienceModel experiences() {
		return analysis.model();
	}

	@PostMapping("/api/loyalty/experiences")
	@Operation(summary = "Fit the experience model again on the current case file, following customers up to asOf")
	ExperienceModel recompute(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return analysis.recompute(asOf);
	}

	@GetMapping("/api/loyalty/retention")
	@Operation(summary = "Retention of customers who contacted the service against those who had not yet: "
			+ "time-varying Cox overall, by channel, reason and segment, the naive comparison, landmark curves")
	RetentionReport retention() {
		return retention.report();
	}

	@PostMapping("/api/loyalty/retention")
	@Operation(summary = "Compute the retention report again, following customers up to asOf")
	RetentionReport recomputeRetention(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return retention.recompute(asOf);
	}

	@GetMapping("/api/loyalty/integrity/advisors")
	@Operation(summary = "Share of answered calls each advisor ended within 30 seconds, outliers flagged")
	List<AdvisorIntegrity> advisors() {
		return integrity.advisors();
	}
}
