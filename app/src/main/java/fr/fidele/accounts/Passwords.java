package fr.fidele.accounts;

import fr.fidele.platform.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person changes their own password: the current one first, then a new one that follows {@link PasswordPolicy}. */
@Service
public class Passwords {

	private static final Logger log = LoggerFactory.getLogger(Passwords.class);

	private final Users users;
	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;

	Passwords(Users users, JdbcClient jdbc, PasswordEncoder encoder) {
		this.users = users;
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	@Transactional
	public void change(String username, String current, String replacement, String confirmation) {
		String hash = users.passwordHash(username).orElse(null);
		if (hash == null || current == null || !encoder.matches(current, hash)) {
			throw new InvalidFieldException("currentPassword", "currentPassword");
		}
		PasswordPolicy.check("newPassword", username, replacement);
		if (!replacement.equals(confirmation)) {
			throw new InvalidFieldException("confirmation", "passwordsDiffer");
		}
		jdbc.sql("update app_user set password_hash = ? where username = ?").params(encoder.encode(replacement), username).update();
		log.info("{} changed their password", username);
	}
}
