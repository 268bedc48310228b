package fr.fidele.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A survey and its questions, asked in order. */
public record Survey(long id, String name, SurveyKind kind, boolean active, Instant createdAt, List<SurveyQuestion> questions) {

	/** The question at {@code position}, if the survey has it. */
	public Optional<SurveyQuestion> question(int position) {
		return questions.stream().filter(question -> question.position() == position).findFirst();
	}
}
