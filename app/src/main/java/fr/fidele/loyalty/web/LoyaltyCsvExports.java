package fr.fidele.loyalty.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import fr.fidele.loyalty.AdvisorContributions;
import fr.fidele.loyalty.Effect;
import fr.fidele.loyalty.ExperienceAnalysis;
import fr.fidele.loyalty.GroupIntegrity;
import fr.fidele.loyalty.IntegrityCheck;
import fr.fidele.loyalty.IntegrityReport;
import fr.fidele.loyalty.RetentionReport;
import fr.fidele.loyalty.ServiceRetention;
import fr.fidele.loyalty.ServiceTrends;
import fr.fidele.loyalty.SurvivalPoints;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The CSV behind each chart of the loyalty dashboards, for the same filter (labels in the reader's language). */
@Controller
class LoyaltyCsvExports {

	private final ExperienceAnalysis analysis;
	private final ServiceRetention retention;
	private final AdvisorContributions contributions;
	private final IntegrityCheck integrity;
	private final ServiceTrends trends;
	private final FilterBar filterBar;
	private final MessageSource messages;

	LoyaltyCsvExports(ExperienceAnalysis analysis, ServiceRetention retention, AdvisorContributions contributions,
			IntegrityCheck integrity, ServiceTrends trends, FilterBar filterBar, MessageSource messages) {
		this.analysis = analysis;
		this.retention = retention;
		this.contributions = contributions;
		this.integrity = integrity;
		this.trends = trends;
		this.filterBar = filterBar;
		this.messages = messages;
	}

	@GetMapping("/loyalty/experiences.csv")
	ResponseEntity<String> experiencesCsv(@RequestParam Map<String, String> params, Locale locale) {
		return effects("experiences.csv", analysis.model(MeasureQuery.filter(params)).effects().stream()
			.map(e -> effectRow(messages.getMessage("experience." + e.term(), null, locale), e)));
	}

	@GetMapping("/loyalty/retention.csv")
	ResponseEntity<String> retentionCsv(@RequestParam Map<String, String> params, Locale locale) {
		RetentionReport report = retention.report(MeasureQuery.filter(params));
		Map<String, String> reasonLabels = filterBar.reasonLabels(locale);
		Stream<List<Object>> rows = Stream.of(
				Stream.ofNullable(report.overall()).map(e -> effectRow("*", e)),
				Stream.ofNullable(report.naive()).map(e -> effectRow("* (naive)", e)),
				report.byChannel().stream().map(e -> effectRow(messages.getMessage("channel." + e.term(), null, locale), e)),
				report.byReason().stream().map(e -> effectRow(reasonLabels.getOrDefault(e.term(), e.term()), e)),
				report.bySegment().stream().map(e -> effectRow(messages.getMessage("segment." + e.term(), null, locale), e)))
			.flatMap(s -> s);
		return effects("retention.csv", rows);
	}

	@GetMapping("/loyalty/landmark.csv")
	ResponseEntity<String> landmarkCsv(@RequestParam Map<String, String> params) {
		RetentionReport.Landmark landmark = retention.report(MeasureQuery.filter(params)).landmark();
		Stream<SurvivalPoints> curves = landmark == null ? Stream.empty() : Stream.of(landmark.contacted(), landmark.notContacted());
		return Csv.of("landmark.csv", List.of("group", "days_after_landmark", "survival", "lower_95", "upper_95"),
				curves.flatMap(curve -> IntStream.range(0, curve.days().length)
					.mapToObj(i -> List.<Object>of(curve.group(), curve.days()[i], curve.survival()[i], curve.lower()[i],
							curve.upper()[i]))));
	}

	@GetMapping("/loyalty/contributions.csv")
	ResponseEntity<String> contributionsCsv(@RequestParam Map<String, String> params) {
		return Csv.of("contributions.csv", List.of("username", "name", "team", "contacts", "observed", "expected", "raw_ratio",
				"team_ratio", "ratio", "lower_95", "upper_95", "enough_contacts"),
				contributions.advisors(MeasureQuery.filter(params)).stream()
					.map(a -> Arrays.asList(a.username(), a.name(), a.team(), a.contacts(), a.observed(), a.expected(),
							a.rawRatio(), a.teamRatio(), a.ratio(), a.lower(), a.upper(), Boolean.toString(a.enoughContacts()))));
	}

	@GetMapping("/loyalty/integrity.csv")
	ResponseEntity<String> integrityCsv(@RequestParam Map<String, String> params) {
		IntegrityReport report = integrity.report(MeasureQuery.filter(params));
		Stream<List<Object>> advisors = report.advisors().stream()
			.map(a -> Arrays.asList("advisor", a.username(), a.team(), null, null, a.calls().answered(),
					a.calls().endedByAdvisor(), a.calls().veryShort(), a.calls().hungUp(), a.z(), a.verdict().name()));
		Stream<List<Object>> teams = report.teams().stream().map(t -> groupRow("team", t));
		Stream<List<Object>> queues = report.queues().stream().map(q -> groupRow("queue", q));
		return Csv.of("integrity.csv", List.of("level", "name", "team", "offered", "abandoned", "answered_calls",
				"ended_by_advisor", "very_short", "hung_up", "z", "verdict"),
				Stream.of(advisors, teams, queues).flatMap(s -> s));
	}

	@GetMapping("/loyalty/trends.csv")
	ResponseEntity<String> trendsCsv(@RequestParam Map<String, String> params) {
		return Csv.of("trends.csv", List.of("month", "contacts", "requests_opened", "resolved_at_once", "offered",
				"abandoned", "answered_calls", "hung_up", "customers_at_start", "departures"),
				trends.months(MeasureQuery.filter(params)).stream()
					.map(m -> List.<Object>of(m.month().toString(), m.contacts(), m.requestsOpened(), m.resolvedAtOnce(),
							m.offered(), m.abandoned(), m.answeredCalls(), m.hungUp(), m.customersAtStart(), m.departures())));
	}

	private static List<Object> groupRow(String level, GroupIntegrity group) {
		return Arrays.asList(level, group.name(), null, group.offered(), group.abandoned(), group.calls().answered(),
				group.calls().endedByAdvisor(), group.calls().veryShort(), group.calls().hungUp(), group.z(),
				group.verdict().name());
	}

	private static ResponseEntity<String> effects(String fileName, Stream<List<Object>> rows) {
		return Csv.of(fileName, List.of("term", "label", "hazard_ratio", "lower_95", "upper_95", "p_value", "customers_exposed"),
				rows);
	}

	private static List<Object> effectRow(String label, Effect e) {
		return List.of(e.term(), label, e.hazardRatio(), e.lower(), e.upper(), e.pValue(), e.exposed());
	}
}
