package fr.fidele.privacy;

import java.time.Clock;
import java.time.Instant;

import fr.fidele.chat.ChatErasure;
import fr.fidele.feedback.FeedbackErasure;
import fr.fidele.gratitude.GratitudeErasure;
import fr.fidele.contacts.ContactErasure;
import fr.fidele.customers.CustomerErasure;
import fr.fidele.email.EmailErasure;
import fr.fidele.messaging.MessagingErasure;
import fr.fidele.imports.Imports;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.PersonalValues;
import fr.fidele.platform.PlatformTraces;
import fr.fidele.routing.RoutingErasure;
import fr.fidele.quality.QualityErasure;
import fr.fidele.voice.VoiceErasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a customer's personal data on their request, everywhere Fidèle keeps it, in one transaction: each module
 * erases its own (identity, free text, the history's reasons and details, switch events, import reports, stored
 * responses and event payloads), the facts stay (contacts, cases, outcomes, without identity), so the loyalty figures
 * of the past do not change. The erasure itself is recorded (when, by whom, why) and announced ({@link CustomerErased}).
 */
@Service
public class PersonalDataErasure {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataErasure.class);
	private static final int LONGEST_REASON = 500;

	/** What was done: the customer, when, and how many contacts and cases lost their free text. */
	public record Receipt(long customerId, Instant erasedAt, String actor, String reason, int contacts, int cases) {
	}

	private final CustomerErasure customers;
	private final ContactErasure contacts;
	private final RoutingErasure routing;
	private final EmailErasure email;
	private final MessagingErasure messaging;
	private final ChatErasure chat;
	private final FeedbackErasure feedback;
	private final VoiceErasure voice;
	private final QualityErasure quality;
	private final GratitudeErasure gratitude;
	private final Imports imports;
	private final PlatformTraces platform;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PersonalDataErasure(CustomerErasure customers, ContactErasure contacts, RoutingErasure routing, EmailErasure email,
			MessagingErasure messaging, ChatErasure chat, FeedbackErasure feedback, VoiceErasure voice, QualityErasure quality, GratitudeErasure gratitude, Imports imports, PlatformTraces platform, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.chat = chat;
		this.feedback = feedback;
		this.voice = voice;
		this.quality = quality;
		this.gratitude = gratitude;
		this.email = email;
		this.messaging = messaging;
		this.customers = customers;
		this.contacts = contacts;
		this.routing = routing;
		this.imports = imports;
		this.platform = platform;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Receipt erase(long customerId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "required");
		}
		if (reason.length() > LONGEST_REASON) {
			throw new InvalidFieldException("reason", "tooLong", LONGEST_REASON);
		}
		if (customers.erased(customerId)) {
			throw new ConflictException("alreadyErased", customerId);
		}
		PersonalValues personal = customers.erase(customerId);
		ContactErasure.ErasedCaseFile caseFile = contacts.erase(customerId);
		routing.erase(customerId, caseFile.contactIds(), personal);
		email.erase(customerId, personal);
		messaging.erase(customerId);
		chat.erase(customerId);
		feedback.erase(customerId);
		voice.erase(customerId);
		quality.erase(customerId, caseFile.contactIds());
		gratitude.erase(customerId);
		imports.forget(personal);
		platform.forget(personal);
		Receipt receipt = new Receipt(customerId, clock.instant(), CurrentActor.name(), reason.strip(), caseFile.contactIds().size(),
				caseFile.caseIds().size());
		jdbc.sql("""
				insert into customer_erasure (customer_id, erased_at, actor, reason, contacts, cases) values (?, ?, ?, ?, ?, ?)""")
			.params(customerId, java.sql.Timestamp.from(receipt.erasedAt()), receipt.actor(), receipt.reason(), receipt.contacts(),
					receipt.cases())
			.update();
		events.publishEvent(new CustomerErased(customerId, receipt.erasedAt()));
		log.info("Personal data of customer {} erased by {}: {} contacts, {} cases", customerId, receipt.actor(), receipt.contacts(),
				receipt.cases());
		return receipt;
	}
}
