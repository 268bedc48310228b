package fr.fidele.loyalty.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import fr.fidele.accounts.Users;
import fr.fidele.loyalty.SatisfactionBreakdown;
import fr.fidele.loyalty.SatisfactionBreakdown.Breakdown;
import fr.fidele.loyalty.SatisfactionBreakdown.By;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /loyalty/satisfaction}: whether an unhappy answer loses customers more after some channels, reasons or
 * advisors, each value's hazard ratio with its interval, or "not enough answers yet".
 */
@Controller
class SatisfactionPage {

	private final SatisfactionBreakdown breakdown;
	private final FilterBar filterBar;
	private final Users users;

	SatisfactionPage(SatisfactionBreakdown breakdown, FilterBar filterBar, Users users) {
		this.breakdown = breakdown;
		this.filterBar = filterBar;
		this.users = users;
	}

	@GetMapping("/loyalty/satisfaction")
	String satisfaction(@RequestParam(required = false) String by, Model model, Locale locale) {
		By dimension = Arrays.stream(By.values()).filter(value -> value.name().equals(by)).findFirst().orElse(By.CHANNEL);
		Breakdown shown = breakdown.of(dimension);
		model.addAttribute("breakdown", shown);
		model.addAttribute("dimensions", By.values());
		model.addAttribute("reasonLabels", filterBar.reasonLabels(locale));
		Set<Long> advisors = dimension != By.ADVISOR ? Set.of()
				: shown.rows().stream().map(SatisfactionBreakdown.Row::value).filter(Objects::nonNull)
					.filter(value -> !SatisfactionBreakdown.REST.equals(value)).map(Long::valueOf).collect(Collectors.toSet());
		Map<String, String> advisorNames = users.displayNames(advisors).entrySet().stream()
			.collect(Collectors.toMap(entry -> String.valueOf(entry.getKey()), Map.Entry::getValue));
		model.addAttribute("advisorNames", advisorNames);
		model.addAttribute("enough", SatisfactionBreakdown.ENOUGH_DEPARTURES);
		return "loyalty/satisfaction";
	}
}
