package fr.fidele.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the platform itself may keep a copy of what identified a person: the responses kept to answer a retried
 * request (deleted: a retry after the erasure is answered anew), and the payloads of event publications (scrubbed: an
 * event not yet delivered is still delivered, without the values).
 */
@Component
public class PlatformTraces {

	private final JdbcClient jdbc;

	PlatformTraces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void forget(PersonalValues personal) {
		for (String value : personal.values()) {
			jdbc.sql("delete from idempotent_request where position(convert_to(:value, 'UTF8') in body) > 0").param("value", value)
				.update();
		}
		personal.scrubText(jdbc, "event_publication", "serialized_event");
	}
}
