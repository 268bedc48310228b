package fr.fidele.voice.web;

import java.util.List;

import fr.fidele.platform.web.PageActions;
import fr.fidele.voice.Topic;
import fr.fidele.voice.TopicChange;
import fr.fidele.voice.TopicKind;
import fr.fidele.voice.TopicTaxonomy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the themes texts are sorted into: every theme, and one created or changed at a time
 * (its expressions one per line in each language); the texts already analysed are sorted again at the next intake.
 */
@Controller
class TopicAdminPages {

	private final TopicTaxonomy taxonomy;
	private final PageActions actions;

	TopicAdminPages(TopicTaxonomy taxonomy, PageActions actions) {
		this.taxonomy = taxonomy;
		this.actions = actions;
	}

	@GetMapping("/admin/topics")
	String list(@RequestParam(required = false) String code, Model model) {
		List<Topic> topics = taxonomy.all();
		model.addAttribute("topics", topics);
		model.addAttribute("kinds", TopicKind.values());
		model.addAttribute("edited", topics.stream().filter(topic -> topic.code().equals(code)).findFirst()
			.orElse(new Topic("", TopicKind.TOPIC, "", "", "", "", true, 0)));
		return "admin/topics";
	}

	@PostMapping("/admin/topics")
	String save(@RequestParam String code, @RequestParam(required = false) TopicKind kind, @RequestParam(required = false) String labelFr,
			@RequestParam(required = false) String labelEn, @RequestParam(required = false) String termsFr,
			@RequestParam(required = false) String termsEn, @RequestParam(defaultValue = "false") boolean active, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/admin/topics",
				() -> taxonomy.save(code.strip().toUpperCase(), new TopicChange(kind, labelFr, labelEn, termsFr, termsEn, active)));
	}
}
