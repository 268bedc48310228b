package fr.fidele.catalogue.web;

import java.util.Locale;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.catalogue.SuggestionStatus;
import fr.fidele.catalogue.Suggestions;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.AdvisorDesk;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The advisor marks a suggestion beside an item they hold: offered, accepted, or not relevant. */
@Controller
class SuggestionWorkspaceActions {

	private final AdvisorDesk desk;
	private final Suggestions suggestions;
	private final PageActions actions;

	SuggestionWorkspaceActions(AdvisorDesk desk, Suggestions suggestions, PageActions actions) {
		this.desk = desk;
		this.suggestions = suggestions;
		this.actions = actions;
	}

	@PostMapping("/workspace/items/{id}/suggestions/{suggestion}")
	String mark(@PathVariable long id, @PathVariable long suggestion, @RequestParam(required = false) SuggestionStatus status, SignedInUser me,
			Locale locale, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace",
				() -> suggestions.mark(desk.answering(me.id(), id).contactId(), suggestion, status, locale.getLanguage()));
	}
}
