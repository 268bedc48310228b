package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.casefile.Experience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The unhappy answers the satisfaction experiences are made of ({@link Experience#DETRACTOR}, {@link
 * Experience#DISSATISFIED}, by the same conditions), each with its contact's customer, arrival, channel and reason,
 * and the advisor the answer names, from the feedback and contacts modules' published views.
 */
@Repository
class UnhappyAnswers {

	/** One unhappy answer: whose, the contact's arrival (epoch seconds), which experience, and the value it is broken down by. */
	record Answer(long customerId, double arrivedSeconds, Experience experience, String value) {
	}

	private final JdbcClient jdbc;

	UnhappyAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Answer> by(SatisfactionBreakdown.By dimension) {
		List<Answer> answers = new ArrayList<>();
		jdbc.sql("""
				select c.customer_id, extract(epoch from c.arrived_at)::float8, s.measure, %s
				from survey_score_facts s join contact_facts c on c.id = s.contact_id
				where c.customer_id is not null and (s.measure = 'NPS' and s.score <= 6 or s.measure = 'CSAT' and s.score <= 2)"""
			.formatted(dimension.column()))
			.query(rs -> {
				answers.add(new Answer(rs.getLong(1), rs.getDouble(2), "NPS".equals(rs.getString(3)) ? Experience.DETRACTOR : Experience.DISSATISFIED,
						rs.getString(4)));
			});
		return answers;
	}
}
