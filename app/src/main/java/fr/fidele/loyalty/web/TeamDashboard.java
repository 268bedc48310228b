package fr.fidele.loyalty.web;

import java.util.Locale;
import java.util.Map;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.loyalty.ContactFilter;
import fr.fidele.loyalty.IntegrityCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A team, for its supervisor ({@code /loyalty/team}): integrity, advisors' contributions and trends. */
@Controller
class TeamDashboard {

	private final IntegrityCheck integrity;
	private final DashboardParts parts;
	private final FilterBar filterBar;

	TeamDashboard(IntegrityCheck integrity, DashboardParts parts, FilterBar filterBar) {
		this.integrity = integrity;
		this.parts = parts;
		this.filterBar = filterBar;
	}

	/** A supervisor lands on their own team; anyone may choose another team, or all of them, in the filter bar. */
	@GetMapping("/loyalty/team")
	String team(@RequestParam Map<String, String> params, SignedInUser me, Model model, Locale locale) {
		if (!params.containsKey("teamId") && me.teamId() != null) {
			return "redirect:/loyalty/team?teamId=" + me.teamId();
		}
		ContactFilter filter = filterBar.show(params, model, locale);
		model.addAttribute("integrity", integrity.report(filter));
		parts.contributions(model, filter);
		parts.trends(model, filter);
		return "loyalty/team";
	}
}
