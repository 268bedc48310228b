package fr.fidele.feedback;

import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's erasure, for the surveys: their comments' text, the first name their pages showed, an address and a
 * token still waiting to be sent, the notes of the calls that closed the loop with them, and their wish not to be surveyed (the erased customer has no address left to
 * survey). Their scores stay, with the invitation's contact and advisor, so the figures hold. Runs in the erasure's
 * transaction.
 */
@Service
public class FeedbackErasure {

	private final JdbcClient jdbc;

	FeedbackErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long customerId) {
		jdbc.sql("""
				update survey_answer set comment = ? where comment is not null
				and invitation_id in (select id from survey_invitation where customer_id = ?)""").params(PersonalValues.ERASED, customerId).update();
		jdbc.sql("update survey_invitation set first_name = null, send_to = null, send_token = null where customer_id = ?").param(customerId)
			.update();
		jdbc.sql("update survey_follow_up set note = ? where customer_id = ? and note is not null").params(PersonalValues.ERASED, customerId).update();
		jdbc.sql("delete from survey_objection where customer_id = ?").param(customerId).update();
	}
}
