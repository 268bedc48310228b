package fr.fidele.accounts;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import fr.fidele.platform.Digests;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 256 random bits; only its SHA-256 digest is stored, so a stolen
 * database yields no usable token, and checking one costs a hash and an index lookup rather than a
 * deliberately slow password hash (tokens are not guessable, so slowness would protect nothing).
 */
@Service
public class ApiTokens {

	/** Marks Fidèle tokens so secret scanners can recognise a leaked one. */
	static final String PREFIX = "fid_";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A newly created token: the secret is shown once and never again. */
	public record Created(ApiToken token, String secret) {
	}

	@Transactional
	public Created create(long userId, String name) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String prefix = secret.substring(0, PREFIX.length() + 6);
		long id = jdbc.sql("""
				insert into api_token (user_id, name, token_digest, token_prefix) values (?, ?, ?, ?) returning id""")
			.params(userId, name, digest(secret), prefix).query(Long.class).single();
		return new Created(find(userId, id), secret);
	}

	public List<ApiToken> of(long userId) {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, last_used_at, revoked_at from api_token
				where user_id = ? order by created_at desc""")
			.param(userId).query(ApiTokens::map).list();
	}

	@Transactional
	public void revoke(long userId, long tokenId) {
		int updated = jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
			.params(tokenId, userId).update();
		if (updated == 0) {
			find(userId, tokenId);
		}
	}

	/** The enabled user owning this active token, if any; records its use at most once a minute. */
	@Transactional
	public Optional<User> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		record Active(long tokenId, boolean stale, User user) {
		}
		// token and user in one statement: every API request comes here
		Optional<Active> token = jdbc.sql("""
				select t.id as token_id, t.last_used_at is null or t.last_used_at < now() - interval '1 minute' as stale, %s
				from api_token t join app_user u on u.id = t.user_id
				where t.token_digest = ? and t.revoked_at is null and u.enabled""".formatted(Users.columns("u")))
			.param(digest(secret))
			.query((rs, n) -> new Active(rs.getLong("token_id"), rs.getBoolean("stale"), Users.map(rs, n))).optional();
		token.filter(Active::stale).ifPresent(t ->
				jdbc.sql("update api_token set last_used_at = now() where id = ?").param(t.tokenId()).update());
		return token.map(Active::user);
	}

	private ApiToken find(long userId, long tokenId) {
		return jdbc.sql("""
				select id, name, token_prefix, created_at, last_used_at, revoked_at from api_token
				where id = ? and user_id = ?""")
			.params(tokenId, userId).query(ApiTokens::map).optional()
			.orElseThrow(() -> new NotFoundException("api-token", tokenId));
	}

	private static ApiToken map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
				instant(rs.getTimestamp("revoked_at")));
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static byte[] digest(String secret) {
		return Digests.sha256(secret.getBytes(StandardCharsets.UTF_8));
	}
}
