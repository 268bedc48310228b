package fr.fidele.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.platform.InvalidFieldException;

/**
 * The answers an evaluation must hold: one per criterion of its grid, by position, each inside its criterion's range
 * or "not applicable" (no value); a refusal names the answer ({@code answers[3].value}).
 */
final class AnswerRules {

	static final int COMMENT_LENGTH = 2000;

	private AnswerRules() {
	}

	/** The answers' values by position (null: not applicable), once checked against the grid. */
	static Map<Integer, Integer> check(Grid grid, List<Answer> answers) {
		if (answers == null) {
			throw new InvalidFieldException("answers", "required");
		}
		Map<Integer, Integer> values = new HashMap<>();
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			String at = "answers[" + i + "].";
			if (answer == null || answer.position() < 1 || answer.position() > grid.criteria().size()) {
				throw new InvalidFieldException(at + "position", "between", 1, grid.criteria().size());
			}
			if (values.containsKey(answer.position())) {
				throw new InvalidFieldException(at + "position", "answeredTwice", answer.position());
			}
			Criterion criterion = grid.criteria().get(answer.position() - 1);
			if (answer.value() != null && (answer.value() < criterion.bottom() || answer.value() > criterion.top())) {
				throw new InvalidFieldException(at + "value", "between", criterion.bottom(), criterion.top());
			}
			comment(at + "comment", answer.comment());
			values.put(answer.position(), answer.value());
		}
		for (int position = 1; position <= grid.criteria().size(); position++) {
			if (!values.containsKey(position)) {
				throw new InvalidFieldException("answers", "criterionUnanswered", position);
			}
		}
		return values;
	}

	static void comment(String field, String comment) {
		if (comment != null && comment.length() > COMMENT_LENGTH) {
			throw new InvalidFieldException(field, "tooLong", COMMENT_LENGTH);
		}
	}
}
