package fr.fidele.feedback.web;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.feedback.SurveyMeasure;
import fr.fidele.feedback.SurveyQuestion;
import fr.fidele.feedback.Surveys;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.util.MultiValueMap;

/**
 * The builder's form read into questions: one row per question ({@code measure1}, {@code textFr1}, {@code textEn1},
 * {@code required1}, and a branch {@code ifQuestion1}, {@code ifLowest1}, {@code ifHighest1}), rows filled from the top
 * so that a branch names the question by the number its row shows.
 */
final class FieldQuestionnaireForm {

	static final int ROWS = 6;

	private FieldQuestionnaireForm() {
	}

	static List<Surveys.NewQuestion> questions(MultiValueMap<String, String> form) {
		List<Surveys.NewQuestion> questions = new ArrayList<>();
		for (int row = 1; row <= ROWS; row++) {
			String measure = value(form, "measure" + row);
			if (measure == null) {
				continue;
			}
			if (questions.size() != row - 1) {
				throw new InvalidFieldException("questions[" + (row - 1) + "]", "fillFromTheTop");
			}
			SurveyMeasure kind;
			try {
				kind = SurveyMeasure.valueOf(measure);
			}
			catch (IllegalArgumentException unknown) {
				throw new InvalidFieldException("questions[" + (row - 1) + "].measure", "required");
			}
			Integer on = number(form, "ifQuestion" + row, row);
			SurveyQuestion.Branch branch = on == null ? null
					: new SurveyQuestion.Branch(on, number(form, "ifLowest" + row, row), number(form, "ifHighest" + row, row));
			questions.add(new Surveys.NewQuestion(kind, value(form, "textFr" + row), value(form, "textEn" + row),
					form.containsKey("required" + row), branch));
		}
		return questions;
	}

	/** The row a refusal is about (from 1), or 0 when it is about the whole questionnaire. */
	static int row(InvalidFieldException refused) {
		String field = refused.field();
		return field.startsWith("questions[") ? Integer.parseInt(field.substring("questions[".length(), field.indexOf(']'))) + 1 : 0;
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Integer number(MultiValueMap<String, String> form, String name, int row) {
		String value = value(form, name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException notANumber) {
			throw new InvalidFieldException("questions[" + (row - 1) + "].shownIf", "wholeNumber");
		}
	}
}
