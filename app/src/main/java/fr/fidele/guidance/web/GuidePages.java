package fr.fidele.guidance.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Reasons;
import fr.fidele.customers.Expertise;
import fr.fidele.casefile.Segment;
import fr.fidele.guidance.GuideFigures;
import fr.fidele.guidance.GuideSuggestions;
import fr.fidele.guidance.GuideVariant;
import fr.fidele.guidance.GuideVersion;
import fr.fidele.guidance.Guides;
import fr.fidele.guidance.NewGuide;
import fr.fidele.guidance.NewVersion;
import fr.fidele.guidance.Situation;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.PageActions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' guides: {@code /guides} lists them with their figures and describes a new one; {@code /guides/{code}}
 * shows its versions, writes a new one (a variant per expertise and language, previewed before it is saved), puts it
 * forward, approves or refuses another's, and closes the advisors' suggestions.
 */
@Controller
class GuidePages {

	private static final String[] LANGUAGES = { "fr", "en" };

	private final Guides guides;
	private final GuideFigures figures;
	private final GuideSuggestions suggestions;
	private final Reasons reasons;
	private final PageActions actions;

	GuidePages(Guides guides, GuideFigures figures, GuideSuggestions suggestions, Reasons reasons, PageActions actions) {
		this.guides = guides;
		this.figures = figures;
		this.suggestions = suggestions;
		this.reasons = reasons;
		this.actions = actions;
	}

	@GetMapping("/guides")
	String list(Model model) {
		model.addAttribute("guides", guides.all()).addAttribute("figures", figures.all()).addAttribute("reasons", reasons.all())
			.addAttribute("channels", Channel.values()).addAttribute("segments", Segment.values()).addAttribute("situations", Situation.values());
		return "guidance/guides";
	}

	@PostMapping("/guides")
	String create(@RequestParam(required = false) String code, @RequestParam(required = false) String titleFr,
			@RequestParam(required = false) String titleEn, @RequestParam(required = false) String reasonCode,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) Segment segment,
			@RequestParam(required = false) Situation situation, RedirectAttributes flash) {
		NewGuide guide = new NewGuide(PageActions.blankToNull(code), titleFr, titleEn, PageActions.blankToNull(reasonCode), channel, segment,
				situation);
		String page = actions.act(flash, "redirect:/guides/" + guide.code(), () -> guides.create(guide));
		return flash.getFlashAttributes().containsKey("problem") ? "redirect:/guides" : page;
	}

	@GetMapping("/guides/{code}")
	String guide(@PathVariable String code, Model model) {
		List<GuideVersion> versions = guides.versions(code);
		model.addAttribute("guide", guides.get(code)).addAttribute("versions", versions)
			.addAttribute("suggestions", suggestions.open(code)).addAttribute("expertises", Expertise.values()).addAttribute("languages", LANGUAGES);
		if (!model.containsAttribute("draft")) {
			model.addAttribute("draft", fields(versions.isEmpty() ? List.of() : versions.get(0).variants()));
		}
		return "guidance/guide";
	}

	/** Shows the variants as the workspace would, without saving them. */
	@PostMapping("/guides/{code}/preview")
	String preview(@PathVariable String code, @RequestParam Map<String, String> form, Model model) {
		List<GuideVariant> variants = variants(form);
		model.addAttribute("draft", fields(variants)).addAttribute("preview", variants).addAttribute("changeNote", form.get("changeNote"));
		return guide(code, model);
	}

	@PostMapping("/guides/{code}/versions")
	String write(@PathVariable String code, @RequestParam Map<String, String> form, SignedInUser me, RedirectAttributes flash) {
		List<GuideVariant> variants = variants(form);
		String page = actions.act(flash, "redirect:/guides/" + code, () -> guides.write(code, new NewVersion(form.get("changeNote"), variants), me.id()));
		if (flash.getFlashAttributes().containsKey("problem")) {
			flash.addFlashAttribute("draft", fields(variants));
		}
		return page;
	}

	@PostMapping("/guides/{code}/versions/{version}/{decision}")
	String decide(@PathVariable String code, @PathVariable int version, @PathVariable String decision, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/guides/" + code, () -> {
			switch (decision) {
				case "proposal" -> guides.propose(code, version);
				case "approval" -> guides.approve(code, version, me.id());
				case "refusal" -> guides.refuse(code, version, me.id());
				default -> throw new NotFoundException("decision", decision);
			}
		});
	}

	@PostMapping("/guides/{code}/suggestions/{id}/close")
	String close(@PathVariable String code, @PathVariable long id, SignedInUser me, RedirectAttributes flash) {
		return actions.act(flash, "redirect:/guides/" + code, () -> suggestions.close(id, me.id()));
	}

	/** The variants as the form's fields, {@code body_EXPERT_fr} and so on. */
	private static Map<String, String> fields(List<GuideVariant> variants) {
		Map<String, String> fields = new HashMap<>();
		variants.forEach(variant -> fields.put("body_" + variant.expertise() + "_" + variant.language(), variant.body()));
		return fields;
	}

	/** The form's non-blank variants, named {@code body_EXPERT_fr} and so on. */
	private static List<GuideVariant> variants(Map<String, String> form) {
		List<GuideVariant> variants = new ArrayList<>();
		for (Expertise expertise : Expertise.values()) {
			for (String language : LANGUAGES) {
				Optional.ofNullable(PageActions.blankToNull(form.get("body_" + expertise + "_" + language)))
					.ifPresent(body -> variants.add(new GuideVariant(expertise, language, body)));
			}
		}
		return variants;
	}
}
