package fr.fidele.platform.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Messages Fidèle sends on its own behalf (a forgotten password's reset link), through the SMTP server that
 * {@code spring.mail.host} names; without one, nothing is sent and the pages that need mail say so.
 */
@Component
public class SystemMail {

	private static final Logger log = LoggerFactory.getLogger(SystemMail.class);

	private final ObjectProvider<JavaMailSender> senders;
	private final SystemMailProperties settings;
	private final TaskExecutor executor;
	private final Counter failures;

	SystemMail(ObjectProvider<JavaMailSender> senders, SystemMailProperties settings,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, MeterRegistry meters) {
		this.senders = senders;
		this.settings = settings;
		this.executor = executor;
		this.failures = Counter.builder("fidele.system.mail.failures").description("Messages of Fidèle's own (reset links) not sent")
			.register(meters);
	}

	/** Whether an SMTP server is set. */
	public boolean configured() {
		return senders.getIfAvailable() != null;
	}

	/** A link to {@code path}, with one query parameter, on Fidèle as its users reach it. */
	public String link(String path, String parameter, String value) {
		return UriComponentsBuilder.fromUri(settings.linksTo()).path(path).queryParam(parameter, value).encode().build().toUriString();
	}

	/** A plain-text message to send: to whom, about what, and its text. */
	public record Outgoing(String to, String subject, String text) {
	}

	/**
	 * Sends plain-text messages now over one connection, for a sender that keeps its own queue and retries (survey
	 * rounds: a relay accepts about twice as many messages a second over one connection as over a connection each,
	 * docs/benchmarks.md). Answers the position of each message that did not go, with why: one whose address cannot be
	 * read, or that the server refused; the others went. A failure of the whole (no server reached, no server set) is
	 * thrown.
	 */
	public Map<Integer, Exception> sendAll(List<Outgoing> messages) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			throw new MailSendException("No SMTP server is set (spring.mail.host)");
		}
		Map<Integer, Exception> failed = new HashMap<>();
		List<MimeMessage> built = new ArrayList<>();
		Map<MimeMessage, Integer> positions = new IdentityHashMap<>();
		for (int position = 0; position < messages.size(); position++) {
			Outgoing outgoing = messages.get(position);
			try {
				MimeMessage message = message(sender, outgoing.to(), outgoing.subject(), outgoing.text());
				built.add(message);
				positions.put(message, position);
			}
			catch (MessagingException unreadable) {
				failed.put(position, unreadable);
			}
		}
		try {
			sender.send(built.toArray(MimeMessage[]::new));
		}
		catch (MailSendException partly) {
			// Spring names each message not sent; none named (a connection not closed cleanly) means all went
			partly.getFailedMessages().forEach((message, why) -> failed.put(positions.get(message), why));
		}
		return failed;
	}

	private MimeMessage message(JavaMailSender sender, String to, String subject, String text) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(to);
		helper.setSubject(subject);
		helper.setText(text);
		return message;
	}

	/**
	 * Sends a plain-text message in the background: the request that asked for it answers at once, in the same time
	 * whether a message goes or not, and a slow or unreachable server delays nobody. A failure is logged.
	 */
	public void sendLater(String to, String subject, String text) {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.warn("No SMTP server is set (spring.mail.host): a message was not sent");
			return;
		}
		executor.execute(() -> {
			try {
				sender.send(message(sender, to, subject, text));
			}
			catch (MessagingException | MailException failure) {
				failures.increment();
				// the address is personal data: the log says what failed, not to whom
				log.warn("A message could not be sent: {}", failure.getMessage());
			}
		});
	}
}
