package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fr.fidele.ModuleTest;
import fr.fidele.routing.QueueDefinition;
import fr.fidele.routing.RoutingAdministration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The e-mail module on its own, with the modules it uses: a mailbox's password is kept sealed (neither it nor any
 * part of it in the database), is opened again with the key, and a sealed value altered in the database is refused
 * rather than read as another password.
 */
@ModuleTest
@TestPropertySource(properties = "fidele.email.credentials-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")
class EmailModuleTests {

	@Autowired
	Mailboxes mailboxes;

	@Autowired
	RoutingAdministration routing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMailboxPasswordIsKeptSealedAndAnAlteredSealIsRefused() {
		String queue = routing.queues().stream().map(QueueDefinition::code).findFirst().orElseThrow();
		String password = "mot-de-passe-" + UUID.randomUUID();
		Mailbox box = mailboxes.add(new NewMailbox("contact-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr", "imap.exemple.fr",
				993, true, "smtp.exemple.fr", 465, true, "contact", password, queue));

		byte[] sealed = jdbc.sql("select password_sealed from mailbox where id = ?").param(box.id()).query(byte[].class).single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("mot-de-passe");
		assertThat(mailboxes.password(box.id())).isEqualTo(password);

		sealed[sealed.length - 1] ^= 1;
		jdbc.sql("update mailbox set password_sealed = ? where id = ?").params(sealed, box.id()).update();
		assertThatThrownBy(() -> mailboxes.password(box.id())).isInstanceOf(IllegalStateException.class);
	}
}
