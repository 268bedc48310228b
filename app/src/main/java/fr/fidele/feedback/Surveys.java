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

/** The surveys an administrator defines: a name, a kind, and up to ten questions in both languages. */
@Service
public class Surveys {

	static final int MOST_QUESTIONS = 10;
	private static final int LONGEST_TEXT = 500;

	/** A survey to create; its questions' positions follow their order. */
	public record NewSurvey(String name, SurveyKind kind, List<NewQuestion> questions) {
	}

	/** A question to create: {@code required} null counts as not required. */
	public record NewQuestion(SurveyMeasure measure, String textFr, String textEn, Boolean required) {
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
		if (questions.isEmpty() || questions.size() > MOST_QUESTIONS) {
			throw new InvalidFieldException("questions", "between", 1, MOST_QUESTIONS);
		}
		for (int i = 0; i < questions.size(); i++) {
			NewQuestion question = questions.get(i);
			String at = "questions[" + i + "]";
			if (question == null || question.measure() == null) {
				throw new InvalidFieldException(at + ".measure", "required");
			}
			text(question.textFr(), at + ".textFr");
			text(question.textEn(), at + ".textEn");
		}
		if (questions.stream().noneMatch(question -> question.measure().scored())) {
			throw new InvalidFieldException("questions", "surveyWithoutScore");
		}
		long id = jdbc.sql("insert into survey (name, kind, created_at) values (?, ?, ?) returning id")
			.params(name, survey.kind().name(), Timestamp.from(clock.instant())).query(Long.class).single();
		for (int i = 0; i < questions.size(); i++) {
			NewQuestion question = questions.get(i);
			jdbc.sql("insert into survey_question (survey_id, position, measure, text_fr, text_en, required) values (?, ?, ?, ?, ?, ?)")
				.params(id, i + 1, question.measure().name(), question.textFr().strip(), question.textEn().strip(),
						Boolean.TRUE.equals(question.required()))
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
		return jdbc.sql("select position, measure, text_fr, text_en, required from survey_question where survey_id = ? order by position")
			.param(surveyId)
			.query((rs, n) -> new SurveyQuestion(rs.getInt("position"), SurveyMeasure.valueOf(rs.getString("measure")), rs.getString("text_fr"),
					rs.getString("text_en"), rs.getBoolean("required")))
			.list();
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
