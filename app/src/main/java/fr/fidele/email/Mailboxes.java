package fr.fidele.email;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import fr.fidele.platform.EmailAddress;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.routing.QueueDefinition;
import fr.fidele.routing.RoutingAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mailboxes customers write to: added by an administrator, their password sealed, their reading position kept. */
@Service
public class Mailboxes {

	private static final String COLUMNS = """
			id, address, imap_host, imap_port, imap_tls, smtp_host, smtp_port, smtp_tls, username, queue_code, enabled, uid_validity,
			last_uid, last_fetch_at, last_error""";
	private static final int LONGEST_HOST = 253;

	private final JdbcClient jdbc;
	private final CredentialSeal seal;
	private final RoutingAdministration routing;
	private final EmailProperties settings;

	Mailboxes(JdbcClient jdbc, CredentialSeal seal, RoutingAdministration routing, EmailProperties settings) {
		this.jdbc = jdbc;
		this.seal = seal;
		this.routing = routing;
		this.settings = settings;
	}

	@Transactional
	public Mailbox add(NewMailbox box) {
		String address = EmailAddress.check("address", required("address", box.address()));
		if (jdbc.sql("select exists (select 1 from mailbox where lower(address) = lower(?))").param(address).query(Boolean.class).single()) {
			throw new InvalidFieldException("address", "mailboxTaken", address);
		}
		// checked in the order of the fields, so that the first refusal names the first field at fault
		String imapHost = host("imapHost", box.imapHost());
		int imapPort = port("imapPort", box.imapPort());
		boolean imapTls = tls("imapTls", box.imapTls());
		String smtpHost = host("smtpHost", box.smtpHost());
		int smtpPort = port("smtpPort", box.smtpPort());
		boolean smtpTls = tls("smtpTls", box.smtpTls());
		String username = required("username", box.username());
		byte[] password = seal.seal(required("password", box.password()));
		String queue = queue(box.queue());
		long id = jdbc.sql("""
				insert into mailbox (address, imap_host, imap_port, imap_tls, smtp_host, smtp_port, smtp_tls, username, password_sealed, queue_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(address, imapHost, imapPort, imapTls, smtpHost, smtpPort, smtpTls, username, password, queue)
			.query(Long.class).single();
		return find(id);
	}

	/**
	 * Changes what an administrator changes once a mailbox runs: paused or resumed (a paused mailbox is not read; the
	 * replies already written still leave), the queue its messages join, its password (after a rotation). Fields left
	 * null stay as they are.
	 */
	@Transactional
	public Mailbox change(long id, MailboxChange change) {
		find(id);
		if (change.queue() != null) {
			jdbc.sql("update mailbox set queue_code = ? where id = ?").params(queue(change.queue()), id).update();
		}
		if (change.password() != null) {
			jdbc.sql("update mailbox set password_sealed = ?, last_error = null where id = ?")
				.params(seal.seal(required("password", change.password())), id).update();
		}
		if (change.enabled() != null) {
			jdbc.sql("update mailbox set enabled = ? where id = ?").params(change.enabled(), id).update();
		}
		return find(id);
	}

	public List<Mailbox> all() {
		return jdbc.sql("select " + COLUMNS + " from mailbox order by address").query(Mailboxes::map).list();
	}

	public Mailbox find(long id) {
		return jdbc.sql("select " + COLUMNS + " from mailbox where id = ?").param(id).query(Mailboxes::map).optional()
			.orElseThrow(() -> new NotFoundException("mailbox", id));
	}

	/** The ids of the mailboxes to read. */
	List<Long> enabled() {
		return jdbc.sql("select id from mailbox where enabled order by id").query(Long.class).list();
	}

	/**
	 * The mailbox, locked for this transaction, unless another instance is reading it now: then empty, and that
	 * instance reads it. This is what keeps two instances from fetching one mailbox at once.
	 */
	Optional<Mailbox> claim(long id) {
		return jdbc.sql("select " + COLUMNS + " from mailbox where id = ? and enabled for update skip locked").param(id)
			.query(Mailboxes::map).optional();
	}

	String password(long id) {
		return seal.open(jdbc.sql("select password_sealed from mailbox where id = ?").param(id).query(byte[].class).single());
	}

	void readUpTo(long id, long uidValidity, long lastUid, Timestamp at) {
		jdbc.sql("update mailbox set uid_validity = ?, last_uid = ?, last_fetch_at = ?, last_error = null where id = ?")
			.params(uidValidity, lastUid, at, id).update();
	}

	void failed(long id, String error, Timestamp at) {
		jdbc.sql("update mailbox set last_fetch_at = ?, last_error = ? where id = ?").params(at, error, id).update();
	}

	private boolean tls(String field, Boolean tls) {
		boolean on = tls == null || tls;
		if (!on && !settings.allowPlain()) {
			// a password and customers' mail must not cross the network in clear
			throw new InvalidFieldException(field, "tlsRequired");
		}
		return on;
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		return value.strip();
	}

	private String queue(String code) {
		String queue = required("queue", code);
		if (routing.queues().stream().map(QueueDefinition::code).noneMatch(queue::equals)) {
			throw new InvalidFieldException("queue", "unknownQueue", queue);
		}
		return queue;
	}

	private static String host(String field, String value) {
		String host = required(field, value);
		if (host.length() > LONGEST_HOST || !host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
			throw new InvalidFieldException(field, "host", host);
		}
		return host;
	}

	private static int port(String field, Integer port) {
		if (port == null || port < 1 || port > 65535) {
			throw new InvalidFieldException(field, "port");
		}
		return port;
	}

	static Mailbox map(ResultSet rs, int row) throws SQLException {
		Timestamp fetched = rs.getTimestamp("last_fetch_at");
		return new Mailbox(rs.getLong("id"), rs.getString("address"), rs.getString("imap_host"), rs.getInt("imap_port"),
				rs.getBoolean("imap_tls"), rs.getString("smtp_host"), rs.getInt("smtp_port"), rs.getBoolean("smtp_tls"),
				rs.getString("username"), rs.getString("queue_code"), rs.getBoolean("enabled"), (Long) rs.getObject("uid_validity"),
				rs.getLong("last_uid"), fetched == null ? null : fetched.toInstant(), rs.getString("last_error"));
	}
}
