package fr.fidele.loyalty.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.loyalty.AdvisorContribution;
import fr.fidele.loyalty.AdvisorContributions;
import fr.fidele.loyalty.Assumption;
import fr.fidele.loyalty.Assumptions;
import fr.fidele.loyalty.ContactFilter;
import fr.fidele.loyalty.Effect;
import fr.fidele.loyalty.ExperienceAnalysis;
import fr.fidele.loyalty.ExperienceModel;
import fr.fidele.loyalty.GroupIntegrity;
import fr.fidele.loyalty.IntegrityCheck;
import fr.fidele.loyalty.IntegrityReport;
import fr.fidele.loyalty.RetentionReport;
import fr.fidele.loyalty.ServiceRetention;
import fr.fidele.loyalty.ServiceTrends;
import fr.fidele.loyalty.SurvivalPoints;
import fr.fidele.loyalty.ValueAtStakeAnalysis;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision tool's dashboards: the whole service for directors ({@code /loyalty}: retention, experiences, value
 * at stake, trends, teams), a team for supervisors ({@code /loyalty/team}: integrity, contributions, trends), both
 * under the same filter bar, each chart with its table and its CSV export.
 */
@Controller
class LoyaltyPages {

	/** Advisors drawn in the contribution plot, those losing the most customers first; the table lists them all. */
	private static final int PLOTTED_ADVISORS = 40;

	private final ExperienceAnalysis analysis;
	private final IntegrityCheck integrity;
	private final ServiceRetention retention;
	private final ValueAtStakeAnalysis valueAtStake;
	private final Assumptions assumptions;
	private final AdvisorContributions contributions;
	private final ServiceTrends trends;
	private final FilterBar filterBar;
	private final MessageSource messages;
	private final JsonMapper json;

	LoyaltyPages(ExperienceAnalysis analysis, IntegrityCheck integrity, ServiceRetention retention,
			ValueAtStakeAnalysis valueAtStake, Assumptions assumptions, AdvisorContributions contributions,
			ServiceTrends trends, FilterBar filterBar, MessageSource messages, JsonMapper json) {
		this.analysis = analysis;
		this.integrity = integrity;
		this.retention = retention;
		this.valueAtStake = valueAtStake;
		this.assumptions = assumptions;
		this.contributions = contributions;
		this.trends = trends;
		this.filterBar = filterBar;
		this.messages = messages;
		this.json = json;
	}

	/** What the forest plot draws, labels already in the reader's language. */
	record Point(String label, double hazardRatio, double lower, double upper) {
	}

	@GetMapping("/loyalty")
	String service(@RequestParam Map<String, String> params, Model model, Locale locale) {
		ContactFilter filter = filterBar.show(params, model, locale);
		ExperienceModel experiences = analysis.model(filter);
		model.addAttribute("experiences", experiences);
		model.addAttribute("forest", json.writeValueAsString(experiences.effects().stream()
			.map(e -> new Point(label(e, locale), e.hazardRatio(), e.lower(), e.upper())).toList()));
		RetentionReport report = retention.report(filter);
		model.addAttribute("retention", report);
		model.addAttribute("landmark", report.landmark() == null ? "null" : json.writeValueAsString(report.landmark()));
		model.addAttribute("stake", valueAtStake.report());
		model.addAttribute("assumptionNames", Assumption.values());
		model.addAttribute("integrity", integrity.report(filter));
		contributions(model, filter);
		trends(model, filter);
		return "loyalty/dashboard";
	}

	/** A supervisor lands on their own team; anyone may choose another team, or all of them, in the filter bar. */
	@GetMapping("/loyalty/team")
	String team(@RequestParam Map<String, String> params, SignedInUser me, Model model, Locale locale) {
		if (!params.containsKey("teamId")) {
			Long own = me.teamId();
			if (own != null) {
				return "redirect:/loyalty/team?teamId=" + own;
			}
		}
		ContactFilter filter = filterBar.show(params, model, locale);
		model.addAttribute("integrity", integrity.report(filter));
		contributions(model, filter);
		trends(model, filter);
		return "loyalty/team";
	}

	private void contributions(Model model, ContactFilter filter) {
		List<AdvisorContribution> advisors = contributions.advisors(filter);
		model.addAttribute("contributions", advisors);
		model.addAttribute("contributionPoints", json.writeValueAsString(advisors.stream()
			.filter(AdvisorContribution::enoughContacts).limit(PLOTTED_ADVISORS)
			.map(a -> new Point(a.name() + " (" + a.username() + ")", a.ratio(), a.lower(), a.upper())).toList()));
	}

	private void trends(Model model, ContactFilter filter) {
		List<ServiceTrends.Month> months = trends.months(filter);
		model.addAttribute("trends", months);
		model.addAttribute("trendPoints", json.writeValueAsString(months));
	}

	@PostMapping("/loyalty/assumptions")
	String changeAssumptions(@RequestParam Map<String, String> form) {
		String reason = form.getOrDefault("reason", "").isBlank() ? "changed on the loyalty page" : form.get("reason");
		Map<Assumption, Double> current = assumptions.current();
		for (Assumption assumption : Assumption.values()) {
			String typed = form.get(assumption.name());
			if (typed == null || typed.isBlank()) {
				continue;
			}
			double value;
			try {
				value = Double.parseDouble(typed.replace(',', '.'));
			}
			catch (NumberFormatException e) {
				throw new InvalidFieldException(assumption.name(), "not a number: " + typed);
			}
			if (value != current.get(assumption)) {
				assumptions.change(assumption, value, reason);
			}
		}
		valueAtStake.reprice();
		return "redirect:/loyalty#value-at-stake";
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

	private String label(Effect effect, Locale locale) {
		return messages.getMessage("experience." + effect.term(), null, locale);
	}
}
