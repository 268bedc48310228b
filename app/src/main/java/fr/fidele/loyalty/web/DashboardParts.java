package fr.fidele.loyalty.web;

import java.time.ZoneId;
import java.util.List;

import fr.fidele.feedback.AdvisorSatisfaction;
import fr.fidele.loyalty.AdvisorContribution;
import fr.fidele.loyalty.AdvisorContributions;
import fr.fidele.loyalty.ContactFilter;
import fr.fidele.loyalty.ServiceTrends;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/** The parts the service's and a team's dashboards share: advisors' contributions and the month-by-month trends. */
@Component
class DashboardParts {

	/** Advisors drawn in the contribution plot, those losing the most customers first; the table lists them all. */
	private static final int PLOTTED_ADVISORS = 40;

	private final AdvisorContributions contributions;
	private final AdvisorSatisfaction satisfaction;
	private final ServiceTrends trends;
	private final JsonMapper json;

	DashboardParts(AdvisorContributions contributions, AdvisorSatisfaction satisfaction, ServiceTrends trends, JsonMapper json) {
		this.contributions = contributions;
		this.satisfaction = satisfaction;
		this.trends = trends;
		this.json = json;
	}

	/** What a forest plot draws, labels already in the reader's language. */
	record Point(String label, double hazardRatio, double lower, double upper) {
	}

	void contributions(Model model, ContactFilter filter) {
		List<AdvisorContribution> advisors = contributions.advisors(filter);
		model.addAttribute("contributions", advisors);
		// their customers' satisfaction over the same period, beside their contribution to loyalty
		ZoneId zone = ZoneId.systemDefault();
		model.addAttribute("satisfaction", satisfaction.of(filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
				filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		model.addAttribute("contributionPoints", json.writeValueAsString(advisors.stream()
			.filter(AdvisorContribution::enoughContacts).limit(PLOTTED_ADVISORS)
			.map(a -> new Point(a.name() + " (" + a.username() + ")", a.ratio(), a.lower(), a.upper())).toList()));
	}

	void trends(Model model, ContactFilter filter) {
		List<ServiceTrends.Month> months = trends.months(filter);
		model.addAttribute("trends", months);
		model.addAttribute("trendPoints", json.writeValueAsString(months));
	}
}
