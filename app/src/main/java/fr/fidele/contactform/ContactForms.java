package fr.fidele.contactform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.fidele.email.Mailboxes;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.RandomTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's contact forms: added for a mailbox, listed, withdrawn (their address then answers 404). */
@Service
public class ContactForms {

	private static final int LONGEST_NAME = 200;
	private static final String SELECT = "select id, public_key, name, mailbox_id, enabled, created_at from contact_form";

	private final JdbcClient jdbc;
	private final Mailboxes mailboxes;
	private final Clock clock;

	ContactForms(JdbcClient jdbc, Mailboxes mailboxes, Clock clock) {
		this.jdbc = jdbc;
		this.mailboxes = mailboxes;
		this.clock = clock;
	}

	@Transactional
	public ContactForm add(String name, Long mailboxId) {
		if (name == null || name.isBlank()) {
			throw new InvalidFieldException("name", "required");
		}
		if (name.strip().length() > LONGEST_NAME) {
			throw new InvalidFieldException("name", "tooLong", LONGEST_NAME);
		}
		if (mailboxId == null) {
			throw new InvalidFieldException("mailboxId", "required");
		}
		try {
			mailboxes.find(mailboxId);
		}
		catch (NotFoundException unknown) {
			throw new InvalidFieldException("mailboxId", "unknownMailbox", mailboxId);
		}
		long id = jdbc.sql("""
				insert into contact_form (public_key, name, mailbox_id, ticket_secret, created_at) values (?, ?, ?, ?, ?) returning id""")
			.params(RandomTokens.next(), name.strip(), mailboxId, RandomTokens.next(), Timestamp.from(clock.instant())).query(Long.class).single();
		return find(id);
	}

	public List<ContactForm> all() {
		return jdbc.sql(SELECT + " order by id").query(ContactForms::map).list();
	}

	public ContactForm find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(ContactForms::map).optional()
			.orElseThrow(() -> new NotFoundException("contact form", id));
	}

	/** Withdraws the form: its page and its embedded copies answer 404 from now on. */
	@Transactional
	public ContactForm withdraw(long id) {
		find(id);
		jdbc.sql("update contact_form set enabled = false where id = ?").param(id).update();
		return find(id);
	}

	/** The form open at this public key, with the secret that signs its tickets. */
	Optional<OpenForm> open(String key) {
		return jdbc.sql("select id, mailbox_id, name, ticket_secret from contact_form where public_key = ? and enabled").param(key)
			.query((rs, n) -> new OpenForm(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).optional();
	}

	/** A form open to the public, as its pages and its intake need it. */
	record OpenForm(long id, long mailboxId, String name, String ticketSecret) {
	}

	private static ContactForm map(ResultSet rs, int row) throws SQLException {
		return new ContactForm(rs.getLong("id"), rs.getString("public_key"), rs.getString("name"), rs.getLong("mailbox_id"),
				rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
	}
}
