package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.Prometheus;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The metrics docs/operations.md promises are exposed to Prometheus, and move with what they count. */
@FideleTest
class OperatorMetricsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void theDocumentedMetricsAreExposedAndCount() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		String before = admin.get("/actuator/prometheus").body();
		for (String metric : new String[] { "fidele_routing_waiting", "fidele_routing_longest_wait_seconds",
				"fidele_routing_available_advisors", "fidele_events_incomplete", "fidele_events_oldest_incomplete_age_seconds",
				"fidele_webhooks_pending", "fidele_webhooks_stopped", "fidele_sign_in_failures_total", "fidele_sign_in_refused_total",
				"fidele_loyalty_figures_age_seconds", "fidele_system_mail_failures_total" }) {
			assertThat(before).as(metric).containsPattern("(?m)^" + metric + "(\\{[^}]*\\})? ");
		}

		PageSession.trySignIn(port, people.create(Role.ADVISOR).username(), "pas le bon mot de passe", "192.0.2.77");

		assertThat(Prometheus.value(admin, "fidele_sign_in_failures_total"))
			.isEqualTo(Prometheus.value(before, "fidele_sign_in_failures_total") + 1);
	}

	@Test
	void onlyAnAdministratorReadsThem() {
		assertThat(new ApiClient(port, people.create(Role.SUPERVISOR).token()).get("/actuator/prometheus").status()).isEqualTo(403);
	}
}
