package fr.fidele.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.fidele.platform.InvalidFieldException;

/**
 * The answers of a page's form to a grid (an evaluation, a mystery visit): {@code v<position>} the answer ({@code na}: not applicable; absent: not
 * answered, which the grid's rules refuse), {@code c<position>} its comment.
 */
public final class FormAnswers {

	static final String NOT_APPLICABLE = "na";

	private FormAnswers() {
	}

	public static List<Answer> of(Grid grid, Map<String, String> form) {
		List<Answer> answers = new ArrayList<>();
		for (int position = 1; position <= grid.criteria().size(); position++) {
			String value = form.get("v" + position);
			if (value == null || value.isBlank()) {
				continue;
			}
			Integer number;
			try {
				number = NOT_APPLICABLE.equals(value) ? null : Integer.valueOf(value.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new InvalidFieldException("v" + position, "notANumber", value);
			}
			answers.add(new Answer(position, number, form.get("c" + position)));
		}
		return answers;
	}
}
