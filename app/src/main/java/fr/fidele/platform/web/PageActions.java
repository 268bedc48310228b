package fr.fidele.platform.web;

import fr.fidele.platform.ExplainedException;
import fr.fidele.platform.Explanations;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A form's button on a page: it does its action, then goes back to a page, where a refusal's reason is said in the
 * reader's language ({@code problem}) or the success noted ({@code done}).
 */
@Component
public class PageActions {

	private final Explanations explanations;

	PageActions(Explanations explanations) {
		this.explanations = explanations;
	}

	/** Does it, then goes back to {@code page}, where a refusal's reason is shown at the top in the reader's language. */
	public String act(RedirectAttributes flash, String page, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("done", true);
		}
		catch (InvalidFieldException refused) {
			flash.addFlashAttribute("problem", explanations.of(refused));
			// the page marks the field at fault (aria-invalid) and ties it to the problem said at the top
			flash.addFlashAttribute("problemField", refused.field());
		}
		catch (ExplainedException refused) {
			flash.addFlashAttribute("problem", explanations.of(refused));
		}
		return page;
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
