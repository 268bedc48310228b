package fr.fidele.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** The events a webhook subscription may ask for, by the names receivers see. */
public enum WebhookEvent {

	CUSTOMER_REGISTERED("customer.registered"), CUSTOMER_CHANGED("customer.changed"), OUTCOME_RECORDED("customer.outcome_recorded"),
	CUSTOMER_ERASED("customer.erased"), CONTACT_RECORDED("contact.recorded"), CONTACT_WRAPPED_UP("contact.wrapped_up"),
	IDENTITY_VERIFIED("contact.identity_verified"), CASE_OPENED("case.opened"), CASE_RESOLVED("case.resolved"),
	CASE_CLOSED("case.closed"), CASE_REOPENED("case.reopened");

	private final String wire;

	WebhookEvent(String wire) {
		this.wire = wire;
	}

	public String wire() {
		return wire;
	}

	public static Optional<WebhookEvent> fromWire(String name) {
		return Arrays.stream(values()).filter(event -> event.wire.equals(name)).findFirst();
	}
}
