package fr.fidele.loyalty.web;

import java.util.Locale;
import java.util.Map;

import fr.fidele.loyalty.Assumption;
import fr.fidele.loyalty.ContactFilter;
import fr.fidele.loyalty.ExperienceAnalysis;
import fr.fidele.loyalty.ExperienceModel;
import fr.fidele.loyalty.IntegrityCheck;
import fr.fidele.loyalty.RetentionReport;
import fr.fidele.loyalty.ServiceRetention;
import fr.fidele.loyalty.ValueAtStakeAnalysis;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service, for directors ({@code /loyalty}): retention, experiences, value at stake, integrity, advisors'
 * contributions and trends, under the filter bar; each chart has its table and its CSV ({@link LoyaltyCsvExports}).
 */
@Controller
class ServiceDashboard {

	private final ExperienceAnalysis analysis;
	private final ServiceRetention retention;
	private final ValueAtStakeAnalysis valueAtStake;
	private final IntegrityCheck integrity;
	private final DashboardParts parts;
	private final FilterBar filterBar;
	private final MessageSource messages;
	private final JsonMapper json;

	ServiceDashboard(ExperienceAnalysis analysis, ServiceRetention retention, ValueAtStakeAnalysis valueAtStake,
			IntegrityCheck integrity, DashboardParts parts, FilterBar filterBar, MessageSource messages, JsonMapper json) {
		this.analysis = analysis;
		this.retention = retention;
		this.valueAtStake = valueAtStake;
		this.integrity = integrity;
		this.parts = parts;
		this.filterBar = filterBar;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/loyalty")
	String service(@RequestParam Map<String, String> params, Model model, Locale locale) {
		ContactFilter filter = filterBar.show(params, model, locale);
		retention.prepare(filter);
		ExperienceModel experiences = analysis.model(filter);
		model.addAttribute("experiences", experiences);
		model.addAttribute("forest", json.writeValueAsString(experiences.effects().stream()
			.map(e -> new DashboardParts.Point(messages.getMessage("experience." + e.term(), null, locale), e.hazardRatio(), e.lower(),
					e.upper()))
			.toList()));
		RetentionReport report = retention.report(filter);
		model.addAttribute("retention", report);
		model.addAttribute("landmark", report.landmark() == null ? "null" : json.writeValueAsString(report.landmark()));
		model.addAttribute("stake", valueAtStake.report());
		model.addAttribute("assumptionNames", Assumption.values());
		model.addAttribute("integrity", integrity.report(filter));
		parts.contributions(model, filter);
		parts.trends(model, filter);
		return "loyalty/dashboard";
	}
}
