package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.support.ApiClient;
import fr.fidele.support.LocalMailboxes;
import fr.fidele.support.FideleProcess;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reply whose SMTP server is out of reach waits, with the server's answer and a growing wait, and leaves once the
 * server is back; an empty reply is refused naming its field; the subject says "Re:" once and names the case once.
 */
@FideleTest
class EmailReplyTests {

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
	EmailReplies replies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReplyWaitsForItsServerAndLeavesOnceItIsBack() {
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		String support = "aide-" + UUID.randomUUID().toString().substring(0, 8) + "@fidele.test";
		MAIL.setUser(support, support, "secret");
		int closed = FideleProcess.freePort();
		long mailbox = LocalMailboxes.add(admin, support, "secret", closed, routing.queue(1, 60)).json().get("id").asLong();
		GreenMailUtil.sendTextEmail(support, "inconnu@exemple.fr", "Question", "Vous livrez le dimanche ?", ServerSetupTest.SMTP);
		admin.post("/api/mailboxes/" + mailbox + "/read", "");
		long contact = jdbc.sql("select contact_id from email_message where mailbox_id = ?").param(mailbox).query(Long.class).single();

		assertThatThrownBy(() -> replies.reply(contact, 1, "Camille", "  "))
			.isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.field()).isEqualTo("text"));
		long reply = replies.reply(contact, 1, "Camille", "Non, du lundi au samedi.");
		assertThat(jdbc.sql("select first_response_at is not null from contact where id = ?").param(contact).query(Boolean.class).single())
			.as("written now, the contact's first response, whenever the server takes it").isTrue();

		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> attempts(reply) >= 1);
		assertThat(state(reply)).isEqualTo("PENDING");
		assertThat(jdbc.sql("select send_error is not null and next_attempt_at > now() + interval '20 seconds' from email_message where id = ?")
			.param(reply).query(Boolean.class).single()).as("the refusal kept, the next try later").isTrue();

		jdbc.sql("update mailbox set smtp_port = ? where id = ?").params(ServerSetupTest.SMTP.getPort(), mailbox).update();
		jdbc.sql("update email_message set next_attempt_at = now() where id = ?").param(reply).update();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(state(reply)));
		assertThat(MAIL.getReceivedMessagesForDomain("exemple.fr")).hasSize(1);
		assertThat(jdbc.sql("select subject from email_message where id = ?").param(reply).query(String.class).single()).isEqualTo("Re: Question");
	}

	@Test
	void theSubjectSaysReOnceAndNamesTheCaseOnce() {
		assertThat(EmailReplies.subject("RE: Re: Facture", 12L)).isEqualTo("Re: Facture [#C-12]");
		assertThat(EmailReplies.subject("Re: Facture [#C-12]", 12L)).isEqualTo("Re: Facture [#C-12]");
		assertThat(EmailReplies.subject(null, null)).isEqualTo("Re: ");
	}

	private int attempts(long reply) {
		return jdbc.sql("select attempts from email_message where id = ?").param(reply).query(Integer.class).single();
	}

	private String state(long reply) {
		return jdbc.sql("select send_state from email_message where id = ?").param(reply).query(String.class).single();
	}
}
