package fr.fidele.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.fidele.history.History;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.mail.SystemMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person who forgot their password asks for a link by e-mail and sets a new one through it. The answer to a request
 * is the same whether it named an account or not, and comes before the message is sent, so that the page tells no one
 * which accounts exist; only an enabled account with a password and an address gets a link, at most a few an hour.
 * A link holds a random secret of which only a digest is kept; it works once, for a short while, and a new password
 * set through it makes the earlier links useless.
 */
@Service
public class PasswordResets {

	/** Where a reset link leads. */
	public static final String PATH = "/password/reset";
	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Duration WINDOW = Duration.ofHours(1);
	private static final int LONGEST_REQUEST = 254;

	/** What a request gets: the same answer whether it named an account, or a refusal when its address asked too often. */
	public enum Answer { SENT_IF_KNOWN, TOO_MANY_REQUESTS }

	private final Users users;
	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final History history;
	private final SystemMail mail;
	private final MessageSource messages;
	private final PasswordResetProperties settings;
	private final Clock clock;

	PasswordResets(Users users, JdbcClient jdbc, PasswordEncoder encoder, History history, SystemMail mail, MessageSource messages,
			PasswordResetProperties settings, Clock clock) {
		this.users = users;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.history = history;
		this.mail = mail;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether links can be sent at all: without an SMTP server, the sign-in page does not offer them. */
	public boolean available() {
		return mail.configured();
	}

	/** A request naming an account by its user name or its e-mail address, from a network address. */
	@Transactional
	public Answer request(String nameOrEmail, String address) {
		Instant now = clock.instant();
		// requests are kept only as long as they are counted or usable: the addresses that made them are personal data
		jdbc.sql("delete from password_reset where requested_at < ?").param(Timestamp.from(now.minus(WINDOW).minus(settings.validity())))
			.update();
		if (requestsFrom(address, now) >= settings.requestsPerAddress()) {
			log.warn("Password reset refused to {}: too many requests in an hour", address);
			return Answer.TOO_MANY_REQUESTS;
		}
		Optional<User> account = account(nameOrEmail).filter(user -> user.enabled() && user.email() != null)
			.filter(user -> users.passwordHash(user.username()).isPresent())
			.filter(user -> linksSentTo(user.id(), now) < settings.mailsPerAccount());
		if (account.isEmpty()) {
			jdbc.sql("insert into password_reset (requested_by, requested_at) values (?, ?)").params(address, Timestamp.from(now)).update();
			return Answer.SENT_IF_KNOWN;
		}
		User user = account.get();
		String secret = secret();
		jdbc.sql("""
				insert into password_reset (requested_by, requested_at, user_id, token_digest, expires_at) values (?, ?, ?, ?, ?)""")
			.params(address, Timestamp.from(now), user.id(), ApiTokens.digest(secret), Timestamp.from(now.plus(settings.validity())))
			.update();
		Locale language = Locale.forLanguageTag(user.language());
		String link = mail.link(PATH, "token", secret);
		mail.sendLater(user.email(), messages.getMessage("reset.mail.subject", null, language),
				messages.getMessage("reset.mail.text", new Object[] { user.displayName(), link, settings.validity().toMinutes() }, language));
		log.info("Password reset link sent to {} at the request of {}", user.username(), address);
		return Answer.SENT_IF_KNOWN;
	}

	/** Whether this link can still be used: the page asks for a new password only then. */
	public boolean usable(String secret) {
		return secret != null && jdbc.sql("""
				select exists (select 1 from password_reset where token_digest = ? and used_at is null and expires_at > ?)""")
			.params(ApiTokens.digest(secret), Timestamp.from(clock.instant())).query(Boolean.class).single();
	}

	/** Sets the new password through a usable link; returns the account's user name, whose sessions the caller ends. */
	@Transactional
	public String reset(String secret, String replacement, String confirmation) {
		Instant now = clock.instant();
		User user = jdbc.sql("""
				select %s from password_reset r join app_user u on u.id = r.user_id
				where r.token_digest = ? and r.used_at is null and r.expires_at > ? and u.enabled for update of r""".formatted(Users.columns("u")))
			.params(ApiTokens.digest(secret == null ? "" : secret), Timestamp.from(now)).query(Users::map).optional()
			.orElseThrow(() -> new InvalidFieldException("token", "resetLink"));
		PasswordPolicy.check("newPassword", user.username(), replacement);
		if (!replacement.equals(confirmation)) {
			throw new InvalidFieldException("confirmation", "passwordsDiffer");
		}
		jdbc.sql("update app_user set password_hash = ? where id = ?").params(encoder.encode(replacement), user.id()).update();
		// every link of this account is spent: one that leaked with the old mailbox cannot set another password
		jdbc.sql("update password_reset set used_at = ? where user_id = ? and used_at is null").params(Timestamp.from(now), user.id()).update();
		history.recordBy(user.username(), UserAdministration.ENTITY, user.id(), "password reset", "forgotten password, reset through a link sent by e-mail",
				Map.of());
		return user.username();
	}

	private Optional<User> account(String nameOrEmail) {
		if (nameOrEmail == null || nameOrEmail.isBlank() || nameOrEmail.length() > LONGEST_REQUEST) {
			return Optional.empty();
		}
		String typed = nameOrEmail.strip();
		return users.findByUsername(typed.toLowerCase(Locale.ROOT)).or(() -> users.findByEmail(typed));
	}

	private int requestsFrom(String address, Instant now) {
		return jdbc.sql("select count(*) from password_reset where requested_by = ? and requested_at > ?")
			.params(address, Timestamp.from(now.minus(WINDOW))).query(Integer.class).single();
	}

	private int linksSentTo(long userId, Instant now) {
		return jdbc.sql("select count(*) from password_reset where user_id = ? and requested_at > ?")
			.params(userId, Timestamp.from(now.minus(WINDOW))).query(Integer.class).single();
	}

	private static String secret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
