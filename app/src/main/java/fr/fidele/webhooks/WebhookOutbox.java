package fr.fidele.webhooks;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.fidele.contacts.CaseClosed;
import fr.fidele.contacts.CaseOpened;
import fr.fidele.contacts.CaseReopened;
import fr.fidele.contacts.CaseResolved;
import fr.fidele.contacts.ContactRecorded;
import fr.fidele.contacts.ContactWrappedUp;
import fr.fidele.contacts.IdentityVerified;
import fr.fidele.customers.CustomerChanged;
import fr.fidele.customers.CustomerRegistered;
import fr.fidele.customers.OutcomeRecorded;
import fr.fidele.privacy.CustomerErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a delivery for each subscription interested in an event, in the transaction that published it (an outbox):
 * a change rolled back sends nothing, a change committed is delivered even if Fidèle stops right after. With no
 * subscription it costs one statement that writes nothing. {@link WebhookSender} sends them.
 */
@Component
class WebhookOutbox {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	WebhookOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	void on(CustomerRegistered event) {
		add(WebhookEvent.CUSTOMER_REGISTERED, event);
	}

	@EventListener
	void on(CustomerChanged event) {
		add(WebhookEvent.CUSTOMER_CHANGED, event);
	}

	@EventListener
	void on(OutcomeRecorded event) {
		add(WebhookEvent.OUTCOME_RECORDED, event);
	}

	@EventListener
	void on(CustomerErased event) {
		add(WebhookEvent.CUSTOMER_ERASED, event);
	}

	@EventListener
	void on(ContactRecorded event) {
		add(WebhookEvent.CONTACT_RECORDED, event);
	}

	@EventListener
	void on(ContactWrappedUp event) {
		add(WebhookEvent.CONTACT_WRAPPED_UP, event);
	}

	@EventListener
	void on(IdentityVerified event) {
		add(WebhookEvent.IDENTITY_VERIFIED, event);
	}

	@EventListener
	void on(CaseOpened event) {
		add(WebhookEvent.CASE_OPENED, event);
	}

	@EventListener
	void on(CaseResolved event) {
		add(WebhookEvent.CASE_RESOLVED, event);
	}

	@EventListener
	void on(CaseClosed event) {
		add(WebhookEvent.CASE_CLOSED, event);
	}

	@EventListener
	void on(CaseReopened event) {
		add(WebhookEvent.CASE_REOPENED, event);
	}

	private void add(WebhookEvent type, Object event) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", type.wire());
		payload.put("occurredAt", clock.instant().toString());
		payload.put("data", event);
		jdbc.sql("""
				insert into webhook_delivery (subscription_id, event_type, payload)
				select id, :type, cast(:payload as jsonb) from webhook_subscription where active and :type = any(events)""")
			.param("type", type.wire()).param("payload", json.writeValueAsString(payload)).update();
	}
}
