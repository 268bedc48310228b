package fr.fidele.guidance.web;

import java.util.List;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.guidance.Guide;
import fr.fidele.guidance.GuideFigures;
import fr.fidele.guidance.GuideSuggestions;
import fr.fidele.guidance.GuideUse;
import fr.fidele.guidance.GuideUses;
import fr.fidele.guidance.GuideVersion;
import fr.fidele.guidance.Guides;
import fr.fidele.guidance.NewGuide;
import fr.fidele.guidance.NewVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/guides")
@Tag(name = "Guides", description = "Interview guides by situation, their versions (written, proposed, approved by a second person), their use on contacts and their figures")
class GuideApiController {

	/** A guide with its versions, the latest first. */
	record GuideWithVersions(Guide guide, List<GuideVersion> versions) {
	}

	/** An advisor's suggested change, on the version they saw (null: none). */
	record NewSuggestion(Integer version, String body) {
	}

	private final Guides guides;
	private final GuideUses uses;
	private final GuideFigures figures;
	private final GuideSuggestions suggestions;

	GuideApiController(Guides guides, GuideUses uses, GuideFigures figures, GuideSuggestions suggestions) {
		this.guides = guides;
		this.uses = uses;
		this.figures = figures;
		this.suggestions = suggestions;
	}

	@GetMapping
	@Operation(summary = "Every guide and the situation it answers")
	List<Guide> all() {
		return guides.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Describes a new guide: code, titles, and the situation (reason, channel, segment, CHURN_RISK or OPEN_COMPLAINT; null: any)")
	Guide create(@RequestBody NewGuide guide) {
		return guides.create(guide);
	}

	@GetMapping("/{code}")
	@Operation(summary = "A guide with its versions and their variants")
	GuideWithVersions one(@PathVariable String code) {
		return new GuideWithVersions(guides.get(code), guides.versions(code));
	}

	@PostMapping("/{code}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Writes a new draft version: variants by expertise (NOVICE, INTERMEDIATE, EXPERT) and language (fr, en), in Markdown; steps as a numbered list, branches as sub-items 'answer → step'")
	GuideVersion write(@PathVariable String code, @RequestBody NewVersion version, SignedInUser me) {
		return guides.write(code, version, me.id());
	}

	@PostMapping("/{code}/versions/{version}/proposal")
	@Operation(summary = "Puts a draft forward for approval")
	GuideVersion propose(@PathVariable String code, @PathVariable int version) {
		return guides.propose(code, version);
	}

	@PostMapping("/{code}/versions/{version}/approval")
	@Operation(summary = "Approves a proposed version (not its author): it goes live and the live one before is retired")
	GuideVersion approve(@PathVariable String code, @PathVariable int version, SignedInUser me) {
		return guides.approve(code, version, me.id());
	}

	@PostMapping("/{code}/versions/{version}/refusal")
	@Operation(summary = "Refuses a proposed version (not its author)")
	GuideVersion refuse(@PathVariable String code, @PathVariable int version, SignedInUser me) {
		return guides.refuse(code, version, me.id());
	}

	@PostMapping("/{code}/suggestions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Suggests a change to a guide")
	GuideSuggestions.Suggestion suggest(@PathVariable String code, @RequestBody NewSuggestion suggestion, SignedInUser me) {
		return suggestions.suggest(code, suggestion.version(), me.id(), suggestion.body());
	}

	@GetMapping("/{code}/suggestions")
	@Operation(summary = "The open suggestions on a guide")
	List<GuideSuggestions.Suggestion> suggestions(@PathVariable String code) {
		return suggestions.open(code);
	}

	@GetMapping("/uses")
	@Operation(summary = "The guides shown on a contact and what the advisor did of them (steps followed, answers, outcome)")
	List<GuideUse> uses(@RequestParam long contact) {
		return uses.ofContact(contact);
	}

	@GetMapping("/figures")
	@Operation(summary = "Each guide and version: use, first-contact resolution, satisfaction and churn hazard ratio when followed against shown and not followed")
	List<GuideFigures.Figure> figures() {
		return figures.all();
	}
}
