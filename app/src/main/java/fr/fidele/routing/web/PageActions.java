package fr.fidele.routing.web;

import fr.fidele.platform.ExplainedException;
import fr.fidele.platform.Explanations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A button of the workspace or the wall: it does its action, then goes back to the page, where a refusal is said. */
@Component
class PageActions {

	private final Explanations explanations;

	PageActions(Explanations explanations) {
		this.explanations = explanations;
	}

	/** Does it, then goes back to {@code page}, where a refusal's reason is shown at the top in the reader's language. */
	String act(RedirectAttributes flash, String page, Runnable action) {
		try {
			action.run();
		}
		catch (ExplainedException refused) {
			flash.addFlashAttribute("problem", explanations.of(refused));
		}
		return page;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
