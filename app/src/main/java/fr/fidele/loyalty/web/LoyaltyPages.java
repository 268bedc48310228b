package fr.fidele.loyalty.web;

import java.util.Locale;
import java.util.stream.Collectors;

import fr.fidele.loyalty.ExperienceAnalysis;
import fr.fidele.loyalty.ExperienceEffect;
import fr.fidele.loyalty.ExperienceModel;
import fr.fidele.loyalty.IntegrityCheck;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** The decision tool's first page: which experiences lose customers, and who hangs up on them. */
@Controller
class LoyaltyPages {

	private final ExperienceAnalysis analysis;
	private final IntegrityCheck integrity;
	private final MessageSource messages;
	private final JsonMapper json;

	LoyaltyPages(ExperienceAnalysis analysis, IntegrityCheck integrity, MessageSource messages, JsonMapper json) {
		this.analysis = analysis;
		this.integrity = integrity;
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
		return "loyalty/dashboard";
	}

	@GetMapping("/loyalty/experiences.csv")
	ResponseEntity<String> csv(Locale locale) {
		String rows = analysis.model().effects().stream()
			.map(e -> String.join(",", quoted(label(e, locale)), Double.toString(e.hazardRatio()), Double.toString(e.lower()),
					Double.toString(e.upper()), Double.toString(e.pValue()), Integer.toString(e.exposed())))
			.collect(Collectors.joining("\n"));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"experiences.csv\"")
			.contentType(new MediaType("text", "csv"))
			.body("experience,hazard_ratio,lower_95,upper_95,p_value,customers_exposed\n" + rows + "\n");
	}

	private String label(ExperienceEffect effect, Locale locale) {
		return messages.getMessage("experience." + effect.experience().name(), null, locale);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
