package fr.fidele.feedback;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.Leg;
import fr.fidele.platform.Digests;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.RandomTokens;
import fr.fidele.platform.web.ClientRateLimit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to answer a survey. Each has its own unguessable token, the only key to its answer page (only the
 * token's SHA-256 is kept, so the database alone opens no page), and expires after
 * {@code fidele.feedback.invitation-lifetime}. It remembers what the contact was, for the figures' filters.
 */
@Service
public class SurveyInvitations {

	/** How an invitation reaches the customer. */
	public enum SentVia {
		EMAIL, CHAT, PHONE, LINK, FIELD
	}

	/**
	 * What an invitation is about: the customer (null for a visitor), and the contact it follows with its channel,
	 * reason, queue and advisor (all null for a relational survey); {@code served}, whether the customer had a contact
	 * (always, after a contact; for a relational survey, in the year before the draw; null when not known).
	 */
	public record About(Long customerId, Long contactId, String channel, String reasonCode, String queue, Long advisorId, Boolean served) {

		public static About customer(long customerId) {
			return new About(customerId, null, null, null, null, null, null);
		}

		/** After a contact: its customer, channel, reason, queue and the advisor of its last leg. */
		public static About of(Contact contact) {
			List<Leg> legs = contact.legs();
			Long advisor = legs.isEmpty() ? null : legs.get(legs.size() - 1).advisorId();
			return new About(contact.customerId(), contact.id(), contact.channel().name(), contact.reasonCode(), contact.queue(), advisor, true);
		}
	}

	/** A new invitation and the token its link carries (shown once: it is not kept). */
	public record Invited(long id, String token, Instant expiresAt) {
	}

	/** An invitation as its answer page needs it, and whom and what it is about (told when it is answered). */
	public record Opened(long id, Survey survey, String language, String firstName, Instant expiresAt, Instant answeredAt, Long customerId,
			Long contactId, Long advisorId) {

		public boolean expired(Instant now) {
			return !now.isBefore(expiresAt);
		}
	}

	private final JdbcClient jdbc;
	private final Surveys surveys;
	private final FeedbackProperties settings;
	private final Clock clock;
	private final ClientRateLimit looks;

	SurveyInvitations(JdbcClient jdbc, Surveys surveys, FeedbackProperties settings, Clock clock) {
		this.looks = new ClientRateLimit(settings.answersPerAddress(), Duration.ofHours(1));
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * An invitation to {@code surveyId}; sent by e-mail, {@code sendTo} is the address, kept until the message goes.
	 * Only the first word of {@code name} is kept, the one thing the answer page shows of the customer.
	 */
	@Transactional
	public Invited invite(long surveyId, About about, SentVia via, String sendTo, String language, String name) {
		return invite(active(surveyId), about, via, sendTo, language, name);
	}

	/** The survey, refused when withdrawn: checked once by a caller that invites many (a draw). */
	Survey active(long surveyId) {
		Survey survey = surveys.get(surveyId);
		if (!survey.active()) {
			throw new InvalidFieldException("surveyId", "surveyWithdrawn");
		}
		return survey;
	}

	/** An invitation to a survey already checked active by {@link #active}. */
	@Transactional
	Invited invite(Survey survey, About about, SentVia via, String sendTo, String language, String name) {
		long surveyId = survey.id();
		if (via == SentVia.EMAIL && (sendTo == null || sendTo.isBlank())) {
			throw new InvalidFieldException("sendTo", "required");
		}
		String token = RandomTokens.next();
		Instant now = clock.instant();
		Instant expires = now.plus(settings.invitationLifetime());
		long id = jdbc.sql("""
				insert into survey_invitation (survey_id, token_hash, customer_id, contact_id, channel, reason_code, queue_code, advisor_id,
				    served, sent_via, send_to, send_token, language, first_name, created_at, sent_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(surveyId, hash(token), about.customerId(), about.contactId(), about.channel(), about.reasonCode(), about.queue(),
					about.advisorId(), about.served(), via.name(), via == SentVia.EMAIL ? sendTo : null, via == SentVia.EMAIL ? token : null, "en".equals(language) ? "en" : "fr", firstName(name),
					Timestamp.from(now), via == SentVia.EMAIL ? null : Timestamp.from(now), Timestamp.from(expires))
			.query(Long.class).single();
		return new Invited(id, token, expires);
	}

	/**
	 * The invitation this token opens, expired or not; any other token finds nothing. Each look is one of the
	 * {@code fidele.feedback.answers-per-address} an address may make an hour (429 beyond), so tokens cannot be tried
	 * in bulk.
	 */
	public Optional<Opened> opened(String token, String visitorAddress) {
		looks.require(visitorAddress);
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return find("token_hash", hash(token));
	}

	/** An invitation by its id, for answers that come without its link (the telephone's keypad). */
	Opened byId(long id) {
		return find("id", id).orElseThrow(() -> new NotFoundException("survey invitation", id));
	}

	private Optional<Opened> find(String key, Object value) {
		return jdbc.sql("""
				select id, survey_id, language, first_name, expires_at, answered_at, customer_id, contact_id, advisor_id
				from survey_invitation where\s""" + key + " = ?")
			.param(value)
			.query((rs, n) -> new Opened(rs.getLong("id"), surveys.get(rs.getLong("survey_id")), rs.getString("language"),
					rs.getString("first_name"), rs.getTimestamp("expires_at").toInstant(),
					Optional.ofNullable(rs.getTimestamp("answered_at")).map(Timestamp::toInstant).orElse(null),
					(Long) rs.getObject("customer_id"), (Long) rs.getObject("contact_id"), (Long) rs.getObject("advisor_id")))
			.optional();
	}

	/** The customer of this invitation asks never to be surveyed again (kept until their erasure). */
	@Transactional
	public void stop(String token, String visitorAddress) {
		Opened invitation = opened(token, visitorAddress).orElseThrow(() -> new NotFoundException("survey invitation", "?"));
		jdbc.sql("""
				insert into survey_objection (customer_id, objected_at)
				select customer_id, ? from survey_invitation where id = ? and customer_id is not null
				on conflict (customer_id) do nothing""").params(Timestamp.from(clock.instant()), invitation.id()).update();
	}

	static String firstName(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String first = name.strip().split("\\s+")[0];
		return first.length() > 40 ? first.substring(0, 40) : first;
	}

	static byte[] hash(String token) {
		return Digests.sha256(token.getBytes(StandardCharsets.UTF_8));
	}
}
