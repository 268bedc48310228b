package fr.fidele.loyalty.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.fidele.loyalty.AdvisorContribution;
import fr.fidele.loyalty.AdvisorContributions;
import fr.fidele.loyalty.AdvisorIntegrity;
import fr.fidele.loyalty.Assumption;
import fr.fidele.loyalty.Assumptions;
import fr.fidele.loyalty.ExperienceAnalysis;
import fr.fidele.loyalty.ExperienceModel;
import fr.fidele.loyalty.SatisfactionBreakdown;
import fr.fidele.loyalty.IntegrityCheck;
import fr.fidele.loyalty.IntegrityReport;
import fr.fidele.loyalty.LoyaltyRefresh;
import fr.fidele.loyalty.RetentionReport;
import fr.fidele.loyalty.ServiceRetention;
import fr.fidele.loyalty.ServiceTrends;
import fr.fidele.loyalty.ValueAtStake;
import fr.fidele.loyalty.ValueAtStakeAnalysis;
import fr.fidele.platform.web.ChangeReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The loyalty figures over HTTP, for supervisors, directors and administrators. */
@RestController
@Tag(name = "Loyalty")
class LoyaltyApiController {

	private static final String FILTER_ALL = "filter: from, to, channel, queue, reason, teamId, segment";
	private static final String FILTER_MODELS = "filter: from, to (follow-up within the period), segment";

	private final ExperienceAnalysis analysis;
	private final SatisfactionBreakdown satisfactionBreakdown;
	private final IntegrityCheck integrity;
	private final ServiceRetention retention;
	private final ValueAtStakeAnalysis valueAtStake;
	private final Assumptions assumptions;
	private final LoyaltyRefresh refresh;
	private final AdvisorContributions contributions;
	private final ServiceTrends trends;

	LoyaltyApiController(ExperienceAnalysis analysis, SatisfactionBreakdown satisfactionBreakdown, IntegrityCheck integrity, ServiceRetention retention,
			ValueAtStakeAnalysis valueAtStake, Assumptions assumptions, LoyaltyRefresh refresh,
			AdvisorContributions contributions, ServiceTrends trends) {
		this.trends = trends;
		this.refresh = refresh;
		this.contributions = contributions;
		this.analysis = analysis;
		this.satisfactionBreakdown = satisfactionBreakdown;
		this.integrity = integrity;
		this.retention = retention;
		this.valueAtStake = valueAtStake;
		this.assumptions = assumptions;
	}

	@PostMapping("/api/loyalty/recompute")
	@Operation(summary = "Compute every loyalty figure again from one read of the case file, following customers up to asOf")
	ResponseEntity<Void> recomputeAll(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		refresh.recompute(asOf);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/loyalty/experiences")
	@Operation(summary = "Hazard ratio of churn for each experience (time-varying Cox model, strata by segment); "
			+ FILTER_MODELS)
	ExperienceModel experiences(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return analysis.model(MeasureQuery.filter(params));
	}

	@PostMapping("/api/loyalty/experiences")
	@Operation(summary = "Fit the experience model again on the current case file, following customers up to asOf")
	ExperienceModel recompute(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return refresh.recomputeExperiences(asOf);
	}

	@GetMapping("/api/loyalty/satisfaction")
	@Operation(summary = "Whether unhappy answers (NPS detractor, CSAT 1-2) lose customers more after some channels, reasons or "
			+ "advisors: the experience model with each split by what the answer was about; values with fewer than ten departures "
			+ "have no ratio of their own")
	SatisfactionBreakdown.Breakdown satisfaction(@RequestParam(defaultValue = "CHANNEL") SatisfactionBreakdown.By by) {
		return satisfactionBreakdown.of(by);
	}

	@GetMapping("/api/loyalty/retention")
	@Operation(summary = "Retention of customers who contacted the service against those who had not yet: "
			+ "time-varying Cox overall, by channel, reason and segment, the naive comparison, landmark curves; " + FILTER_MODELS)
	RetentionReport retention(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return retention.report(MeasureQuery.filter(params));
	}

	@PostMapping("/api/loyalty/retention")
	@Operation(summary = "Compute the retention report again, following customers up to asOf")
	RetentionReport recomputeRetention(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return refresh.recomputeRetention(asOf);
	}

	@GetMapping("/api/loyalty/value-at-stake")
	@Operation(summary = "Customers at risk now, the cost of churn caused by bad experiences, word of mouth, with the assumptions used")
	ValueAtStake valueAtStake() {
		return valueAtStake.report();
	}

	@PostMapping("/api/loyalty/value-at-stake")
	@Operation(summary = "Compute the value at stake again as of asOf, with the current assumptions")
	ValueAtStake recomputeValueAtStake(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		return refresh.recomputeValueAtStake(asOf);
	}

	@GetMapping("/api/loyalty/assumptions")
	Map<Assumption, Double> assumptions() {
		return assumptions.current();
	}

	@PostMapping("/api/loyalty/assumptions")
	@Operation(summary = "Change assumptions, e.g. {\"ACQUISITION_MULTIPLE\": 7}; X-Change-Reason says why")
	Map<Assumption, Double> changeAssumptions(@RequestBody Map<Assumption, Double> changes,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		changes.forEach((assumption, value) -> this.assumptions.change(assumption, value == null ? -1 : value,
				ChangeReason.or(reason, "changed through the API")));
		return assumptions.current();
	}

	@GetMapping("/api/loyalty/advisors")
	@Operation(summary = "Each advisor's contribution to loyalty: departures within 90 days of their contacts against "
			+ "the case-mix expectation, shrunk toward the team, with 95% intervals; " + FILTER_ALL)
	List<AdvisorContribution> contributions(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return contributions.advisors(MeasureQuery.filter(params));
	}

	@GetMapping("/api/loyalty/integrity")
	@Operation(summary = "Who ends the answered calls, per advisor, team and queue, with abandonment per queue; "
			+ "hang-up outliers flagged; " + FILTER_ALL)
	IntegrityReport integrity(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return integrity.report(MeasureQuery.filter(params));
	}

	@GetMapping("/api/loyalty/integrity/advisors")
	@Operation(summary = "Share of answered calls each advisor ended within 30 seconds, outliers flagged; " + FILTER_ALL)
	List<AdvisorIntegrity> advisors(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return integrity.report(MeasureQuery.filter(params)).advisors();
	}

	@GetMapping("/api/loyalty/trends")
	@Operation(summary = "Month by month: requests resolved at first contact, abandonment, hang-ups, departures; "
			+ FILTER_ALL)
	List<ServiceTrends.Month> trends(@Parameter(hidden = true) @RequestParam Map<String, String> params) {
		return trends.months(MeasureQuery.filter(params));
	}
}
