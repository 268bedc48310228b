package fr.fidele.loyalty.web;

import java.util.Map;

import fr.fidele.loyalty.Assumption;
import fr.fidele.loyalty.Assumptions;
import fr.fidele.loyalty.ValueAtStakeAnalysis;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The assumptions behind the value at stake, changed by a director on the service's dashboard, each with its reason. */
@Controller
class AssumptionsForm {

	private final Assumptions assumptions;
	private final ValueAtStakeAnalysis valueAtStake;

	AssumptionsForm(Assumptions assumptions, ValueAtStakeAnalysis valueAtStake) {
		this.assumptions = assumptions;
		this.valueAtStake = valueAtStake;
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
				throw new InvalidFieldException(assumption.name(), "notNumber", typed);
			}
			if (value != current.get(assumption)) {
				assumptions.change(assumption, value, reason);
			}
		}
		valueAtStake.reprice();
		return "redirect:/loyalty#value-at-stake";
	}
}
