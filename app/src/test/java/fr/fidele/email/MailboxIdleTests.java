package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.LocalMailboxes;
import fr.fidele.support.Prometheus;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With IMAP IDLE (GreenMail offers it), a message is kept as it arrives although the poll comes only once an hour
 * here; a paused mailbox is no longer watched. The context is closed after the class, so that its watch stops before
 * other tests read their own mailboxes.
 */
@FideleTest
@TestPropertySource(properties = { "fidele.email.idle=true", "fidele.email.idle-refresh=500ms" })
@DirtiesContext
class MailboxIdleTests {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP_IMAP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Autowired
	MailboxWatcher watcher;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMessageIsKeptAsItArrivesWithoutWaitingForThePoll() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		String support = "idle-" + UUID.randomUUID().toString().substring(0, 8) + "@fidele.test";
		MAIL.setUser(support, support, "secret");
		long mailbox = LocalMailboxes.add(admin, support, "secret", routing.queue(1, 60)).json().get("id").asLong();
		Awaitility.await("the mailbox watched").atMost(Duration.ofSeconds(20)).until(() -> watcher.idling(mailbox));
		assertThat(Prometheus.value(admin, "fidele_email_idle_mailboxes")).isGreaterThanOrEqualTo(1);

		GreenMailUtil.sendTextEmail(support, "client@exemple.fr", "Coupure", "Plus de courant depuis midi.", ServerSetupTest.SMTP);
		Awaitility.await("the message kept at once, the poll being an hour away").atMost(Duration.ofSeconds(15))
			.until(() -> jdbc.sql("select count(*) from email_message where mailbox_id = ? and contact_id is not null").param(mailbox)
				.query(Integer.class).single() == 1);

		admin.patch("/api/mailboxes/" + mailbox, "{\"enabled\":false}");
		Awaitility.await("a paused mailbox no longer watched").atMost(Duration.ofSeconds(10)).until(() -> !watcher.idling(mailbox));
	}
}
