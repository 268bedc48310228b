package fr.fidele.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.LocalMailboxes;
import fr.fidele.support.PageSession;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Mail written to a mailbox on a real IMAP server (GreenMail) is read by Fidèle, kept once whatever the number of
 * reads, threaded into its conversation and case, and becomes a contact on the EMAIL channel in the mailbox's queue;
 * French charsets are read as they arrive, HTML is sanitised, automatic replies and mailing lists open nothing.
 */
@FideleTest
class EmailIntakeTests {

	private static final String PASSWORD = "boîte-" + UUID.randomUUID();

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
	JdbcClient jdbc;

	@Autowired
	EmailMessages messages;

	ApiClient admin;
	String address;
	long mailbox;
	GreenMailUser inbox;

	@BeforeEach
	void aMailboxForItsOwnQueue() {
		admin = new ApiClient(port, people.create(Role.ADMIN).token());
		address = "support-" + UUID.randomUUID().toString().substring(0, 8) + "@fidele.test";
		inbox = MAIL.setUser(address, address, PASSWORD);
		ApiClient.Response added = LocalMailboxes.add(admin, address, PASSWORD, routing.queue(1, 60));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.body()).doesNotContain(PASSWORD);
		mailbox = added.json().get("id").asLong();
	}

	@Test
	void aCustomersMessageBecomesOneEmailContactInTheMailboxQueueHoweverOftenItIsRead() throws Exception {
		String sender = customerWithAddress();
		deliver(message(sender, "Ma box ne s'allume plus", "Bonjour, depuis hier la box clignote en rouge."));

		assertThat(read()).isEqualTo(1);
		assertThat(read()).as("read again").isZero();
		jdbc.sql("update mailbox set last_uid = 0 where id = ?").param(mailbox).update();
		assertThat(read()).as("read again from the start, as after a crash before the commit").isZero();

		JsonNode contact = onlyContactOf(sender);
		assertThat(contact.get("channel").asString()).isEqualTo("EMAIL");
		JsonNode messages = admin.get("/api/email/cases/" + contact.get("caseId").asLong() + "/messages").json();
		assertThat(messages).hasSize(1);
		assertThat(messages.get(0).get("text").asString()).contains("la box clignote en rouge");
		assertThat(jdbc.sql("select count(*) from work_item where contact_id = ?").param(contact.get("id").asLong()).query(Integer.class).single())
			.as("an item waiting in the mailbox's queue").isEqualTo(1);
	}

	@Test
	void aReplyJoinsItsCaseByItsHeadersOrByTheCaseReferenceOfItsSenderOnly() throws Exception {
		String sender = customerWithAddress();
		MimeMessage first = message(sender, "Facture de mars", "Le montant est faux.");
		deliver(first);
		read();
		long caseId = onlyContactOf(sender).get("caseId").asLong();

		MimeMessage answer = message(sender, "Re: Facture de mars", "Voici la facture en pièce jointe.");
		answer.setHeader("In-Reply-To", first.getMessageID());
		deliver(answer);
		deliver(message(sender, "Toujours rien [#C-" + caseId + "]", "Je relance."));
		String stranger = "intrus-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		deliver(message(stranger, "Question [#C-" + caseId + "]", "Je tente ma chance."));
		assertThat(read()).isEqualTo(3);

		JsonNode messages = admin.get("/api/email/cases/" + caseId + "/messages").json();
		assertThat(messages).extracting(message -> message.get("sender").asString()).containsExactly(sender, sender, sender);
		assertThat(jdbc.sql("select count(*) from email_thread where sender = ? and customer_id is null and case_id is null").param(stranger)
			.query(Integer.class).single()).as("an unknown sender's own conversation").isEqualTo(1);
	}

	@Test
	void twoReadersAtOnceKeepEachMessageOnce() throws Exception {
		String sender = customerWithAddress();
		for (int i = 0; i < 30; i++) {
			deliver(message(sender, "Message " + i, "Texte " + i));
		}
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> reads = new ArrayList<>();
			Callable<Integer> reading = () -> admin.post("/api/mailboxes/" + mailbox + "/read", "").json().get("kept").asInt();
			reads.add(two.submit(reading));
			reads.add(two.submit(reading));
			int kept = 0;
			for (Future<Integer> one : reads) {
				kept += one.get();
			}
			kept += read();
			assertThat(kept).isEqualTo(30);
		}
		finally {
			two.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from email_message where mailbox_id = ?").param(mailbox).query(Integer.class).single()).isEqualTo(30);
	}

	@Test
	void automaticRepliesAndMailingListsAreKeptButOpenNothing() throws Exception {
		String sender = customerWithAddress();
		MimeMessage away = message(sender, "Absence du bureau", "Je suis absent jusqu'au 12.");
		away.setHeader("Auto-Submitted", "auto-replied");
		MimeMessage list = message(sender, "Lettre d'information", "Nos offres du mois.");
		list.setHeader("Precedence", "bulk");
		deliver(away);
		deliver(list);

		assertThat(read()).isEqualTo(2);
		assertThat(jdbc.sql("select ignored from email_message where mailbox_id = ? order by id").param(mailbox).query(String.class).list())
			.containsExactly("AUTO_REPLY", "BULK");
		assertThat(jdbc.sql("select count(*) from email_message where mailbox_id = ? and contact_id is not null").param(mailbox)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void aBounceJoinsTheConversationOfTheMessageItReturnsAndMarksTheAddressForTheNextAdvisor() throws Exception {
		String sender = customerWithAddress();
		deliver(message(sender, "Ma facture", "Bonjour, ma facture est fausse."));
		assertThat(read()).isEqualTo(1);
		String original = jdbc.sql("select message_id from email_message where mailbox_id = ?").param(mailbox).query(String.class).single();
		long contact = jdbc.sql("select contact_id from email_message where mailbox_id = ?").param(mailbox).query(Long.class).single();
		String report = "From: MAILER-DAEMON@mx.exemple.fr\r\nTo: " + address + "\r\nSubject: Undelivered Mail Returned to Sender\r\n"
				+ "Message-ID: <dsn-" + UUID.randomUUID() + "@mx.exemple.fr>\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r1\"\r\n\r\n"
				+ "--r1\r\nContent-Type: text/plain\r\n\r\nThis is the mail system. Your message could not be delivered.\r\n"
				+ "--r1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.exemple.fr\r\n\r\n"
				+ "Final-Recipient: rfc822; " + sender.toUpperCase(Locale.ROOT) + "\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
				+ "--r1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + original + "\r\nSubject: Re: Ma facture\r\n\r\n--r1--\r\n";
		deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(report.getBytes(StandardCharsets.US_ASCII))));
		assertThat(read()).isEqualTo(1);

		assertThat(jdbc.sql("""
				select count(distinct thread_id) || ' ' || string_agg(coalesce(ignored, '-'), ',' order by id) from email_message where mailbox_id = ?""")
			.param(mailbox).query(String.class).single()).as("in the returned message's conversation, opening nothing").isEqualTo("1 -,BOUNCE");
		assertThat(messages.undeliverableIn(contact)).extracting(EmailMessages.Undeliverable::address).containsExactly(sender.toLowerCase(Locale.ROOT));
	}

	@Test
	void frenchCharsetsAreReadAsTheyArriveAndHtmlIsSanitised() throws Exception {
		String sender = customerWithAddress();
		deliver(raw(sender, "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n",
				"Ma facture est erron=E9e, o=F9 est l'avoir ?"));
		deliver(raw(sender, "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n",
				java.util.Base64.getEncoder().encodeToString("Merci, c’est réglé – à bientôt".getBytes("windows-1252"))));
		deliver(raw(sender, "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n",
				"<p>Bonjour <b>équipe</b></p><script>alert(1)</script><img src=\"https://pixel.example/t.gif\"><a href=\"javascript:alert(2)\">ici</a>"));
		deliver(raw(sender, "Content-Type: multipart/mixed; boundary=\"cassé\r\n", "--cassé\r\nrien ne va"));

		assertThat(read()).isEqualTo(4);
		List<String> texts = jdbc.sql("select text_body from email_message where mailbox_id = ? order by id").param(mailbox)
			.query(String.class).list().stream().map(String::strip).toList();
		assertThat(texts.get(0)).isEqualTo("Ma facture est erronée, où est l'avoir ?");
		assertThat(texts.get(1)).isEqualTo("Merci, c’est réglé – à bientôt");
		assertThat(texts.get(2)).isEqualTo("Bonjour équipe ici");
		assertThat(texts.get(3)).as("a broken message kept whole").contains("rien ne va");
		String html = jdbc.sql("select html_body from email_message where mailbox_id = ? order by id offset 2 limit 1").param(mailbox)
			.query(String.class).single();
		assertThat(html).contains("<b>équipe</b>").doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
	}

	@Test
	void aCustomersMessagesAreInTheirExportAndGoWithTheirErasure() throws Exception {
		String sender = customerWithAddress();
		deliver(message(sender, "Mon adresse a changé", "J'habite désormais 4 rue des Érables."));
		read();
		long customer = jdbc.sql("select customer_id from customer_identity where kind = 'EMAIL' and value = ?").param(sender)
			.query(Long.class).single();
		assertThat(admin.get("/api/customers/" + customer + "/personal-data").json().get("emails").get(0).get("text").asString())
			.contains("4 rue des Érables");

		ApiClient.Response erased = admin.post("/api/customers/" + customer + "/erasure", "{\"reason\":\"demande du client\"}");
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);

		assertThat(jdbc.sql("select sender || ' ' || subject || ' ' || text_body from email_message where mailbox_id = ?").param(mailbox)
			.query(String.class).single()).doesNotContain("Érables").doesNotContain(sender).contains("[effacé]");
		assertThat(read()).as("an erased message is not read in again").isZero();
	}

	@Test
	void theAdministratorsPageShowsTheMailboxReadsItAndRefusesABadOne() {
		TestPeople.Person administrator = people.create(Role.ADMIN);
		PageSession page = PageSession.signIn(port, administrator.username(), TestPeople.PASSWORD);
		assertThat(page.get("/admin/mailboxes").body()).contains(address).doesNotContain(PASSWORD);

		assertThat(page.submit("/admin/mailboxes", "/admin/mailboxes/" + mailbox + "/read", "")).contains("C’est fait.");
		String refused = page.submit("/admin/mailboxes", "address=" + address + "&imapHost=imap%20!&imapPort=993&smtpHost=smtp.exemple.fr"
				+ "&smtpPort=465&username=u&password=p&queue=x");
		assertThat(refused).contains("role=\"alert\"").contains("la boîte " + address + " existe déjà");
	}

	@Test
	void attachmentsAreKeptUpToTheLimitAndALargerOneIsRefusedWhileTheMessageIsKept() throws Exception {
		String sender = customerWithAddress();
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(sender);
		message.setRecipients(jakarta.mail.Message.RecipientType.TO, address);
		message.setSubject("Mes factures", "UTF-8");
		jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
		jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
		text.setText("Ci-joint les deux factures.", "UTF-8");
		parts.addBodyPart(text);
		byte[] small = "%PDF-1.4 facture de mars".getBytes(StandardCharsets.US_ASCII);
		parts.addBodyPart(file("facture-mars.pdf", small));
		parts.addBodyPart(file("scan-énorme.pdf", new byte[100 * 1024]));
		message.setContent(parts);
		message.saveChanges();
		deliver(message);

		assertThat(read()).isEqualTo(1);
		long caseId = onlyContactOf(sender).get("caseId").asLong();
		JsonNode files = admin.get("/api/email/cases/" + caseId + "/messages").json().get(0).get("attachments");
		assertThat(files).extracting(file -> file.get("filename").asString() + " " + file.get("refused").asBoolean())
			.containsExactly("facture-mars.pdf false", "scan-énorme.pdf true");
		ApiClient.Response download = admin.get("/api/email/attachments/" + files.get(0).get("id").asLong());
		assertThat(download.body()).isEqualTo(new String(small, StandardCharsets.US_ASCII));
		assertThat(admin.get("/api/email/attachments/" + files.get(1).get("id").asLong()).status()).isEqualTo(404);
		assertThat(admin.get("/api/email/cases/" + caseId + "/messages").json().get(0).get("text").asString()).contains("les deux factures");
	}

	private static jakarta.mail.internet.MimeBodyPart file(String name, byte[] content) throws Exception {
		jakarta.mail.internet.MimeBodyPart part = new jakarta.mail.internet.MimeBodyPart();
		part.setContent(content, "application/pdf");
		part.setDisposition(jakarta.mail.Part.ATTACHMENT);
		part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(name, "UTF-8", null));
		return part;
	}

	@Test
	void anUnknownSenderRecognisedAsACustomerGivesThemTheConversationAndTheAddress() throws Exception {
		String stranger = "nouveau-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		deliver(message(stranger, "Résiliation", "Je souhaite résilier mon contrat."));
		read();
		long thread = jdbc.sql("select thread_id from email_message where mailbox_id = ?").param(mailbox).query(Long.class).single();
		long contact = jdbc.sql("select contact_id from email_message where mailbox_id = ?").param(mailbox).query(Long.class).single();
		String known = customerWithAddress();
		long customer = jdbc.sql("select customer_id from customer_identity where value = ?").param(known).query(Long.class).single();

		ApiClient.Response identified = admin.post("/api/email/threads/" + thread + "/customer", "{\"customerId\":" + customer + "}");
		assertThat(identified.status()).as(identified.body()).isEqualTo(200);
		long caseId = identified.json().get("caseId").asLong();

		JsonNode theirContact = admin.get("/api/contacts/" + contact).json();
		assertThat(theirContact.get("customerId").asLong()).isEqualTo(customer);
		assertThat(theirContact.get("caseId").asLong()).isEqualTo(caseId);
		assertThat(jdbc.sql("select customer_id from work_item where contact_id = ?").param(contact).query(Long.class).single()).isEqualTo(customer);
		assertThat(admin.get("/api/customers/" + customer).body()).as("the address is now theirs").contains(stranger);
		assertThat(admin.post("/api/email/threads/" + thread + "/customer", "{\"customerId\":" + customerOf(customerWithAddress()) + "}").status())
			.as("not given to a second customer").isEqualTo(409);
		assertThat(field(admin.post("/api/email/threads/" + thread + "/customer", "{}"))).isEqualTo("customerId");
	}

	private long customerOf(String address) {
		return jdbc.sql("select customer_id from customer_identity where value = ?").param(address).query(Long.class).single();
	}

	@Test
	void aMailboxIsRefusedNamingTheFieldAtFault() {
		String body = """
				{"address":"%s","imapHost":"localhost","imapPort":%s,"smtpHost":"smtp.exemple.fr","smtpPort":587,"username":"u",
				 "password":"p","queue":"%s"}""";
		assertThat(field(admin.post("/api/mailboxes", body.formatted("pas une adresse", "993", "x")))).isEqualTo("address");
		assertThat(field(admin.post("/api/mailboxes", body.formatted("a@b.fr", "70000", "x")))).isEqualTo("imapPort");
		assertThat(field(admin.post("/api/mailboxes", body.formatted("a@b.fr", "993", "nulle-part")))).isEqualTo("queue");
		assertThat(field(admin.post("/api/mailboxes", body.formatted(address.toUpperCase(), "993", "x")))).isEqualTo("address");
		assertThat(admin.get("/api/mailboxes").body()).contains(address).doesNotContain(PASSWORD).doesNotContain("password");
	}

	private String customerWithAddress() {
		String email = "client-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		ApiClient.Response created = admin.post("/api/customers", """
				{"reference":"E-%s","name":"Annie Roy","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2023-02-01",
				 "identities":[{"kind":"EMAIL","value":"%s"}]}""".formatted(UUID.randomUUID().toString().substring(0, 8), email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return email;
	}

	private JsonNode onlyContactOf(String sender) {
		long customer = jdbc.sql("select customer_id from customer_identity where kind = 'EMAIL' and value = ?").param(sender)
			.query(Long.class).single();
		JsonNode contacts = admin.get("/api/customers/" + customer + "/contacts").json();
		assertThat(contacts).hasSize(1);
		return contacts.get(0);
	}

	@Test
	void aPausedMailboxIsNotReadAndResumesWhereItStopped() throws Exception {
		String sender = customerWithAddress();
		ApiClient.Response paused = admin.patch("/api/mailboxes/" + mailbox, "{\"enabled\":false}");
		assertThat(paused.json().get("enabled").asBoolean()).isFalse();
		deliver(message(sender, "Pendant la pause", "Lu après la reprise."));
		assertThat(read()).as("paused: not read").isZero();
		assertThat(field(admin.patch("/api/mailboxes/" + mailbox, "{\"queue\":\"NOPE\"}"))).isEqualTo("queue");
		assertThat(admin.patch("/api/mailboxes/" + mailbox, "{\"enabled\":true,\"password\":\"" + PASSWORD + "\"}").json()
			.get("enabled").asBoolean()).isTrue();
		assertThat(read()).as("resumed, with the password given again").isEqualTo(1);
		assertThat(admin.patch("/api/mailboxes/987654321", "{\"enabled\":true}").status()).isEqualTo(404);
	}

	@Test
	void brokenMessagesNeitherStopTheMailboxNorLoseAMessageNorHalfWriteOne() throws Exception {
		java.util.Random random = new java.util.Random(11);
		int delivered = 0;
		for (int i = 0; i < 30; i++) {
			try {
				deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(MalformedMail.next(random))));
				delivered++;
			}
			catch (RuntimeException | jakarta.mail.MessagingException refusedByTheServer) {
				// the test server itself could not store this one: it never reaches the mailbox
			}
		}
		String sender = customerWithAddress();
		deliver(message(sender, "Après les messages cassés", "Toujours lu."));

		assertThat(read()).isPositive();
		assertThat(read()).as("nothing left to read").isZero();
		assertThat(jdbc.sql("select last_uid from mailbox where id = ?").param(mailbox).query(Long.class).single())
			.as("every message of the folder read, the broken ones included").isEqualTo(delivered + 1L);
		assertThat(jdbc.sql("select count(*) from email_message where mailbox_id = ? and (thread_id is null or (contact_id is null and ignored is null))")
			.param(mailbox).query(Integer.class).single()).as("each message kept whole: threaded, and a contact or a reason for none").isZero();
		assertThat(onlyContactOf(sender).get("channel").asString()).isEqualTo("EMAIL");
	}

	private int read() {
		ApiClient.Response read = admin.post("/api/mailboxes/" + mailbox + "/read", "");
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		assertThat(read.json().has("error")).as(read.body()).isFalse();
		return read.json().get("kept").asInt();
	}

	private MimeMessage message(String from, String subject, String text) throws Exception {
		MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
		message.setFrom(from);
		message.setRecipients(jakarta.mail.Message.RecipientType.TO, address);
		message.setSubject(subject, "UTF-8");
		message.setText(text, "UTF-8");
		message.saveChanges();
		return message;
	}

	/** A message as its sender's software wrote it: the headers given, and the body in the charset they name. */
	private MimeMessage raw(String from, String contentHeaders, String body) throws Exception {
		String source = "From: " + from + "\r\nTo: " + address + "\r\nSubject: brut\r\nMessage-ID: <" + UUID.randomUUID() + "@exemple.fr>\r\n"
				+ "MIME-Version: 1.0\r\n" + contentHeaders + "\r\n" + body + "\r\n";
		java.nio.charset.Charset charset = contentHeaders.contains("UTF-8") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
		return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(source.getBytes(charset)));
	}

	private void deliver(MimeMessage message) {
		inbox.deliver(message);
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(422);
		return response.json().at("/errors/0/field").asString();
	}
}
