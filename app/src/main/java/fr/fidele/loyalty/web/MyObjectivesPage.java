package fr.fidele.loyalty.web;

import java.security.Principal;
import java.util.List;

import fr.fidele.accounts.Users;
import fr.fidele.loyalty.AdvisorObjectives;
import fr.fidele.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The advisor's own page: their objectives, their trend, their customers at risk. */
@Controller
class MyObjectivesPage {

	private final AdvisorObjectives objectives;
	private final Users users;
	private final JsonMapper json;

	MyObjectivesPage(AdvisorObjectives objectives, Users users, JsonMapper json) {
		this.objectives = objectives;
		this.users = users;
		this.json = json;
	}

	/** A point of the trend chart. */
	record TrendPoint(String month, double share) {
	}

	@GetMapping("/my")
	String mine(Principal principal, Model model) {
		AdvisorObjectives.Objectives mine = objectives.of(me(principal));
		model.addAttribute("mine", mine);
		model.addAttribute("trend", json.writeValueAsString(mine.trend().stream()
			.filter(m -> m.opened() > 0).map(m -> new TrendPoint(m.month().toString().substring(0, 7), m.share())).toList()));
		return "loyalty/mine";
	}

	/** The trend chart's figures, month by month. */
	@GetMapping("/my/trend.csv")
	ResponseEntity<String> trendCsv(Principal principal) {
		return Csv.of("my-trend.csv", List.of("month", "requests_opened", "resolved_at_once"),
				objectives.of(me(principal)).trend().stream()
					.map(m -> List.<Object>of(m.month().toString().substring(0, 7), m.opened(), m.resolvedAtOnce())));
	}

	private long me(Principal principal) {
		return users.findByUsername(principal.getName()).orElseThrow(() -> new NotFoundException("user", principal.getName())).id();
	}
}
