package fr.fidele.loyalty.web;

import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.loyalty.AdvisorObjectives;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The advisor's own page: their objectives, their trend, their customers at risk. */
@Controller
class MyObjectivesPage {

	private final AdvisorObjectives objectives;
	private final JsonMapper json;

	MyObjectivesPage(AdvisorObjectives objectives, JsonMapper json) {
		this.objectives = objectives;
		this.json = json;
	}

	/** A point of the trend chart. */
	record TrendPoint(String month, double share) {
	}

	@GetMapping("/my")
	String mine(SignedInUser me, Model model) {
		AdvisorObjectives.Objectives mine = objectives.of(me.id());
		model.addAttribute("mine", mine);
		model.addAttribute("trend", json.writeValueAsString(mine.trend().stream()
			.filter(m -> m.opened() > 0).map(m -> new TrendPoint(m.month().toString().substring(0, 7), m.share())).toList()));
		return "loyalty/mine";
	}

	/** The trend chart's figures, month by month. */
	@GetMapping("/my/trend.csv")
	ResponseEntity<String> trendCsv(SignedInUser me) {
		return Csv.of("my-trend.csv", List.of("month", "requests_opened", "resolved_at_once"),
				objectives.of(me.id()).trend().stream()
					.map(m -> List.<Object>of(m.month().toString().substring(0, 7), m.opened(), m.resolvedAtOnce())));
	}
}
