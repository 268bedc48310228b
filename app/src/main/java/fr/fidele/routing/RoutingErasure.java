package fr.fidele.routing;

import java.util.List;
import java.util.Map;

import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what routing kept of a customer beyond facts: the transfer notes, callback numbers and draft notes of their work
 * items, and their number and name inside the telephone switch's events about their calls. Part of an erasure the
 * privacy module runs in one transaction.
 */
@Service
public class RoutingErasure {

	private final JdbcClient jdbc;

	RoutingErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long customerId, List<Long> contactIds, PersonalValues personal) {
		jdbc.sql("""
				update work_item set callback_number = null, notes_draft = null,
				    transfer_note = case when transfer_note is null then null else cast(:erased as text) end
				where customer_id = :customer""")
			.param("erased", PersonalValues.ERASED).param("customer", customerId).update();
		personal.scrubJson(jdbc, "cti_event", "payload", "call_id in (select call_id from cti_call where contact_id = any(:contacts))",
				Map.of("contacts", contactIds.toArray(Long[]::new)));
	}
}
