package fr.fidele.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which invitations the figures count: created in [{@code from}, {@code to}), and, each when given, of one survey, sent
 * one way, following contacts of one channel, reason, queue or advisor, or of customers served or not.
 */
public record SurveyFilter(Instant from, Instant to, Long surveyId, SurveyInvitations.SentVia sentVia, String channel, String reasonCode,
		String queue, Long advisorId, Boolean served) {

	/** The filter as a where clause over the invitations aliased {@code i}, and its parameters in order. */
	record Clause(String sql, List<Object> parameters) {
	}

	Clause clause() {
		StringBuilder sql = new StringBuilder("i.created_at >= ? and i.created_at < ?");
		List<Object> parameters = new ArrayList<>(List.of(Timestamp.from(from), Timestamp.from(to)));
		add(sql, parameters, "i.survey_id", surveyId);
		add(sql, parameters, "i.sent_via", sentVia == null ? null : sentVia.name());
		add(sql, parameters, "i.channel", channel);
		add(sql, parameters, "i.reason_code", reasonCode);
		add(sql, parameters, "i.queue_code", queue);
		add(sql, parameters, "i.advisor_id", advisorId);
		add(sql, parameters, "i.served", served);
		return new Clause(sql.toString(), parameters);
	}

	private static void add(StringBuilder sql, List<Object> parameters, String column, Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = ?");
			parameters.add(value);
		}
	}
}
