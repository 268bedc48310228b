package fr.fidele.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys an administrator defines (a supervisor too, for field questionnaires): a name, a kind, and up to ten
 * questions in both languages (a field questionnaire: at most {@value #MOST_FIELD_QUESTIONS}, and its questions may
 * branch on an earlier score).
 */
@Service
public class Surveys {

	static final int MOST_QUESTIONS = 10;
	static final int MOST_FIELD_QUESTIONS = 6;
	private static final int LONGEST_TEXT = 500;

	/** A survey to create; its questions' positions follow their order. */
	public record NewSurvey(String name, SurveyKind kind, List<NewQuestion> questions) {
	}

	/** A question to create: {@code required} null counts as not required; {@code shownIf} for a field questionnaire only. */
	public record NewQuestion(SurveyMeasure measure, String textFr, String textEn, Boolean required, SurveyQuestion.Branch shownIf) {

		public NewQuestion(SurveyMeasure measure, String textFr, String textEn, Boolean required) {
			this(measure, textFr, textEn, required, null);
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	Surveys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Survey create(NewSurvey survey) {
		String name = text(survey.name(), "name");
		if (survey.kind() == null) {
			throw new InvalidFieldException("kind", "required");
		}
		List<NewQuestion> questions = survey.questions() == null ? List.of() : survey.questions();
		int most = survey.kind() == SurveyKind.FIELD ? MOST_FIELD_QUESTIONS : MOST_QUESTIONS;
		if (questions.isEmpty() || questions.size() > most) {
			throw new InvalidFieldException("questions", "between", 1, most);
		}
		for (int i = 0; i < questions.size(); i++) {
			NewQuestion question = questions.get(i);
			String at = "questions[" + i + "]";
			if (question == null || question.measure() == null) {
				throw new InvalidFieldException(at + ".measure", "required");
			}
			text(question.textFr(), at + ".textFr");
			text(question.textEn(), at + ".textEn");
			if (question.shownIf() != null) {
				checkBranch(survey.kind(), questions, i, question.shownIf(), at + ".shownIf");
			}
		}
		if (questions.stream().noneMatch(question -> question.measure().scored())) {
			throw new InvalidFieldException("questions", "surveyWithoutScore");
		}
		long id = jdbc.sql("insert into survey (name, kind, created_at) values (?, ?, ?) returning id")
			.params(name, survey.kind().name(), Timestamp.from(clock.instant())).query(Long.class).single();
		for (int i = 0; i < questions.size(); i++) {
			NewQuestion question = questions.get(i);
			SurveyQuestion.Branch branch = question.shownIf();
			jdbc.sql("""
					insert into survey_question (survey_id, position, measure, text_fr, text_en, required, shown_if_position, shown_if_lowest,
					    shown_if_highest) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, i + 1, question.measure().name(), question.textFr().strip(), question.textEn().strip(),
						Boolean.TRUE.equals(question.required()), branch == null ? null : branch.question(), branch == null ? null : branch.lowest(),
						branch == null ? null : branch.highest())
				.update();
		}
		return get(id);
	}

	public Optional<Survey> find(long id) {
		return jdbc.sql("select id, name, kind, active, created_at from survey where id = ?").param(id)
			.query((rs, n) -> new Survey(rs.getLong("id"), rs.getString("name"), SurveyKind.valueOf(rs.getString("kind")), rs.getBoolean("active"),
					rs.getTimestamp("created_at").toInstant(), questions(rs.getLong("id"))))
			.optional();
	}

	public Survey get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("survey", id));
	}

	public List<Survey> all() {
		List<Survey> all = new ArrayList<>();
		for (long id : jdbc.sql("select id from survey order by id").query(Long.class).list()) {
			all.add(get(id));
		}
		return all;
	}

	/** Withdrawn: no rule sends it any more; the invitations already sent may still be answered until they expire. */
	@Transactional
	public void withdraw(long id) {
		if (jdbc.sql("update survey set active = false where id = ?").param(id).update() == 0) {
			throw new NotFoundException("survey", id);
		}
	}

	private List<SurveyQuestion> questions(long surveyId) {
		return jdbc.sql("""
				select position, measure, text_fr, text_en, required, shown_if_position, shown_if_lowest, shown_if_highest
				from survey_question where survey_id = ? order by position""")
			.param(surveyId)
			.query((rs, n) -> new SurveyQuestion(rs.getInt("position"), SurveyMeasure.valueOf(rs.getString("measure")), rs.getString("text_fr"),
					rs.getString("text_en"), rs.getBoolean("required"), rs.getObject("shown_if_position") == null ? null
							: new SurveyQuestion.Branch(rs.getInt("shown_if_position"), rs.getInt("shown_if_lowest"), rs.getInt("shown_if_highest"))))
			.list();
	}

	/**
	 * A branch names an earlier scored question and a range on its scale. Only field questionnaires branch: staff
	 * record them on a page that shows a question when its condition holds.
	 */
	private static void checkBranch(SurveyKind kind, List<NewQuestion> questions, int index, SurveyQuestion.Branch branch, String field) {
		if (kind != SurveyKind.FIELD) {
			throw new InvalidFieldException(field, "branchingInFieldOnly");
		}
		Integer on = branch.question();
		if (on == null || on < 1 || on > index || !questions.get(on - 1).measure().scored()) {
			throw new InvalidFieldException(field + ".question", "earlierScoredQuestion");
		}
		SurveyMeasure measure = questions.get(on - 1).measure();
		if (branch.lowest() == null || branch.highest() == null || !measure.accepts(branch.lowest()) || !measure.accepts(branch.highest())
				|| branch.lowest() > branch.highest()) {
			throw new InvalidFieldException(field, "rangeOnScale", measure.lowest(), measure.highest());
		}
	}

	private static String text(String value, String field) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new InvalidFieldException(field, "required");
		}
		if (text.length() > LONGEST_TEXT) {
			throw new InvalidFieldException(field, "tooLong", LONGEST_TEXT);
		}
		return text;
	}
}
