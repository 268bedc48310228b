package fr.fidele;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on a real PostgreSQL of its own (see
 * {@link TestDatabaseInitializer}), served on a random port, with MockMvc at hand. Tests sharing
 * this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fidele.demo.load=false", "fidele.loyalty.refresh-on-start=false", "fidele.loyalty.fold-after=0s", "logging.level.io.zonky=WARN",
				"fidele.cti.secret=" + FideleTest.CTI_SECRET,
				// webhooks to a receiver the test starts on this machine, sent at once, stopped after three failures
				"fidele.webhooks.allow-plain-http=true", "fidele.webhooks.send-interval=200ms", "fidele.webhooks.disable-after=3",
				// system mail to the SMTP server a test starts on GreenMail's test port
				"spring.mail.host=localhost", "spring.mail.port=3025",
				// mailboxes on the GreenMail server a test starts, without TLS; read when a test asks
				"fidele.email.allow-plain=true", "fidele.email.poll-interval=1h", "fidele.email.send-interval=200ms", "fidele.email.attachment-limit=64KB",
				// no IMAP IDLE watch but in MailboxIdleTests: a test reads its mailbox when it chooses
				"fidele.email.idle=false",
				"fidele.email.credentials-key=" + FideleTest.CREDENTIALS_KEY,
				// messaging replies to a provider the test starts on this machine, sent at once; small bodies to test the limit
				"fidele.messaging.allow-plain-http=true", "fidele.messaging.send-interval=200ms", "fidele.messaging.body-limit=256KB",
				"fidele.messaging.attachment-limit=64KB",
				// a chat widget's starts from one address, and its files: small limits, to see them
				"fidele.chat.conversations-per-address=10", "fidele.chat.attachment-limit=64KB",
				// a survey page's looks from one address: all the tests' pages come from this machine; SurveyTests sees the limit
				"fidele.feedback.answers-per-address=100",
				// each test context's search index of verbatims in the build directory, away from a demo's
				"fidele.voice.index-directory=target/voice-index",
				// the secret the tests' "company site" signs its customers into the help centre with
				"fidele.knowledge.sign-in-secret=" + FideleTest.HELP_CENTRE_SECRET })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface FideleTest {

	/** The secret the tests' company site and Fidèle share to sign customers into the help centre. */
	String HELP_CENTRE_SECRET = "test-help-centre-secret-of-32-characters-at-least";

	/** The secret the tests' telephone switch signs its events with. */
	String CTI_SECRET = "test-switch-secret";

	/** The key that seals the tests' mailbox passwords: 32 bytes in Base64. */
	String CREDENTIALS_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
}
