package fr.fidele.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import fr.fidele.ModuleTest;
import fr.fidele.customers.CustomerRegistered;
import fr.fidele.casefile.Segment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * The webhooks module on its own: a customer registered (the event published in a transaction, as the customers
 * module does) while a subscription wants it leaves a delivery in the outbox, written in that transaction.
 */
@ModuleTest
class WebhooksModuleTests {

	@Autowired
	WebhookSubscriptions subscriptions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRegistrationLeavesADeliveryForItsSubscription(Scenario scenario) {
		long subscription = subscriptions.subscribe("https://crm.example.org/fidele", Set.of("customer.registered")).subscription().id();
		String reference = "WM-" + UUID.randomUUID().toString().substring(0, 8);

		scenario.publish(new CustomerRegistered(4242, reference, Segment.RESIDENTIAL))
			.andWaitForStateChange(() -> jdbc.sql("""
					select payload::text from webhook_delivery where subscription_id = ? and event_type = 'customer.registered'""")
				.param(subscription).query(String.class).optional().orElse(null))
			.andVerify(payload -> assertThat(payload).contains(reference, "\"type\": \"customer.registered\""));
	}
}
