package fr.fidele.loyalty.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.fidele.loyalty.ExperienceAnalysis;
import fr.fidele.loyalty.Effect;
import fr.fidele.loyalty.ExperienceModel;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.loyalty.AdvisorContribution;
import fr.fidele.loyalty.AdvisorContributions;
import fr.fidele.loyalty.Assumption;
import fr.fidele.loyalty.Assumptions;
import fr.fidele.loyalty.IntegrityCheck;
import fr.fidele.loyalty.RetentionReport;
import fr.fidele.loyalty.ServiceRetention;
import fr.fidele.loyalty.ValueAtStakeAnalysis;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The decision tool's first page: which experiences lose customers, and who hangs up on them. */
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
	private final Reasons reasons;
	private final MessageSource messages;
	private final JsonMapper json;

	LoyaltyPages(ExperienceAnalysis analysis, IntegrityCheck integrity, ServiceRetention retention,
			ValueAtStakeAnalysis valueAtStake, Assumptions assumptions, AdvisorContributions contributions,
			Reasons reasons, MessageSource messages, JsonMapper json) {
		this.contributions = contributions;
		this.analysis = analysis;
		this.integrity = integrity;
		this.retention = retention;
		this.valueAtStake = valueAtStake;
		this.assumptions = assumptions;
		this.reasons = reasons;
		this.messages = messages;
		this.json = json;
	}

	/** What the forest plot draws, labels already in the reader's language. */
	record Point(String label, double hazardRatio, double lower, double upper) {
	}

	@GetMapping("/loyalty")
	String dashboard(Model model, Locale locale) {
		ExperienceModel experiences = analysis.model();
		model.addAttribute("experiences", experiences);
		model.addAttribute("forest", json.writeValueAsString(experiences.effects().stream()
			.map(e -> new Point(label(e, locale), e.hazardRatio(), e.lower(), e.upper())).toList()));
		model.addAttribute("advisors", integrity.advisors());
		List<AdvisorContribution> contributions = this.contributions.advisors();
		model.addAttribute("contributions", contributions);
		model.addAttribute("contributionPoints", json.writeValueAsString(contributions.stream()
			.filter(AdvisorContribution::enoughContacts).limit(PLOTTED_ADVISORS)
			.map(a -> new Point(a.name() + " (" + a.username() + ")", a.ratio(), a.lower(), a.upper())).toList()));
		model.addAttribute("stake", valueAtStake.report());
		model.addAttribute("assumptionNames", Assumption.values());
		RetentionReport report = retention.report();
		model.addAttribute("retention", report);
		model.addAttribute("landmark", report.landmark() == null ? "null" : json.writeValueAsString(report.landmark()));
		model.addAttribute("reasonLabels", reasons.all().stream()
			.collect(Collectors.toMap(Reason::code, reason -> reason.label(locale.getLanguage()))));
		return "loyalty/dashboard";
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
	ResponseEntity<String> experiencesCsv(Locale locale) {
		return csv("experiences.csv", analysis.model().effects().stream()
			.map(e -> row(messages.getMessage("experience." + e.term(), null, locale), e)));
	}

	@GetMapping("/loyalty/retention.csv")
	ResponseEntity<String> retentionCsv(Locale locale) {
		RetentionReport report = retention.report();
		Map<String, String> reasonLabels = reasons.all().stream()
			.collect(Collectors.toMap(Reason::code, reason -> reason.label(locale.getLanguage())));
		Stream<String> rows = Stream.of(
				Stream.ofNullable(report.overall()).map(e -> row("*", e)),
				Stream.ofNullable(report.naive()).map(e -> row("* (naive)", e)),
				report.byChannel().stream().map(e -> row(messages.getMessage("channel." + e.term(), null, locale), e)),
				report.byReason().stream().map(e -> row(reasonLabels.getOrDefault(e.term(), e.term()), e)),
				report.bySegment().stream().map(e -> row(messages.getMessage("segment." + e.term(), null, locale), e)))
			.flatMap(s -> s);
		return csv("retention.csv", rows);
	}

	private static ResponseEntity<String> csv(String fileName, Stream<String> rows) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
			.contentType(new MediaType("text", "csv"))
			.body("term,label,hazard_ratio,lower_95,upper_95,p_value,customers_exposed\n"
					+ rows.collect(Collectors.joining("\n")) + "\n");
	}

	private static String row(String label, Effect e) {
		return String.join(",", quoted(e.term()), quoted(label), Double.toString(e.hazardRatio()), Double.toString(e.lower()),
				Double.toString(e.upper()), Double.toString(e.pValue()), Integer.toString(e.exposed()));
	}

	private String label(Effect effect, Locale locale) {
		return messages.getMessage("experience." + effect.term(), null, locale);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
