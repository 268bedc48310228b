package fr.fidele.gratitude;

import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's erasure, for their thanks: what was noted of them (a story, a loss), the words of the thank-you and why
 * one was set aside are replaced; the moments and whether they were thanked stay, so the figures hold. An open
 * reminder is set aside: nobody thanks a customer who asked to be forgotten. Runs in the erasure's transaction.
 */
@Service
public class GratitudeErasure {

	private final JdbcClient jdbc;

	GratitudeErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long customerId) {
		jdbc.sql("""
				update gratitude_reminder set context = case when context is null then null else ? end,
				    note = case when note is null then null else ? end, note_digest = null,
				    status = case when status = 'OPEN' then 'DISMISSED' else status end,
				    dismissed_reason = case when status = 'OPEN' or dismissed_reason is not null then ? end
				where customer_id = ?""")
			.params(PersonalValues.ERASED, PersonalValues.ERASED, PersonalValues.ERASED, customerId).update();
	}
}
