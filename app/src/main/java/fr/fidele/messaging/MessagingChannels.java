package fr.fidele.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.RandomTokens;
import fr.fidele.routing.QueueDefinition;
import fr.fidele.routing.RoutingAdministration;
import fr.fidele.platform.web.ReceiverUrl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messaging channels an administrator connects: each gets an unguessable inbound address and a secret, shown once,
 * that signs both ways; withdrawn, its inbound address answers 404 and its replies are no longer delivered.
 */
@Service
public class MessagingChannels {

	private static final int LONGEST_NAME = 200;
	private static final String SELECT = "select id, name, kind, public_key, outbound_url, queue_code, enabled, created_at from messaging_channel";

	/** A new channel and its secret, the only time it is shown. */
	public record Created(MessagingChannel channel, String secret) {
	}

	/** A channel open to its provider, with what the intake and the sender need. */
	record OpenChannel(long id, MessagingKind kind, String secret, String queue) {
	}

	private final JdbcClient jdbc;
	private final RoutingAdministration routing;
	private final MessagingProperties settings;
	private final Clock clock;

	MessagingChannels(JdbcClient jdbc, RoutingAdministration routing, MessagingProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.routing = routing;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional
	public Created add(String name, MessagingKind kind, String outboundUrl, String queue) {
		if (name == null || name.isBlank()) {
			throw new InvalidFieldException("name", "required");
		}
		if (name.strip().length() > LONGEST_NAME) {
			throw new InvalidFieldException("name", "tooLong", LONGEST_NAME);
		}
		if (kind == null) {
			throw new InvalidFieldException("kind", "required");
		}
		ReceiverUrl.check("outboundUrl", outboundUrl, settings.allowPlainHttp());
		if (queue == null || routing.queues().stream().map(QueueDefinition::code).noneMatch(queue::equals)) {
			throw new InvalidFieldException("queue", "unknownQueue", queue);
		}
		String secret = "msgsec_" + RandomTokens.next();
		long id = jdbc.sql("""
				insert into messaging_channel (name, kind, public_key, secret, outbound_url, queue_code, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(name.strip(), kind.name(), RandomTokens.next(), secret, outboundUrl, queue, Timestamp.from(clock.instant())).query(Long.class).single();
		return new Created(find(id), secret);
	}

	public List<MessagingChannel> all() {
		return jdbc.sql(SELECT + " order by id").query(MessagingChannels::map).list();
	}

	public MessagingChannel find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(MessagingChannels::map).optional()
			.orElseThrow(() -> new NotFoundException("messaging channel", id));
	}

	@Transactional
	public MessagingChannel withdraw(long id) {
		find(id);
		jdbc.sql("update messaging_channel set enabled = false where id = ?").param(id).update();
		return find(id);
	}

	Optional<OpenChannel> open(String key) {
		return jdbc.sql("select id, kind, secret, queue_code from messaging_channel where public_key = ? and enabled").param(key)
			.query((rs, n) -> new OpenChannel(rs.getLong(1), MessagingKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
			.optional();
	}

	private static MessagingChannel map(ResultSet rs, int row) throws SQLException {
		return new MessagingChannel(rs.getLong("id"), rs.getString("name"), MessagingKind.valueOf(rs.getString("kind")), rs.getString("public_key"),
				rs.getString("outbound_url"), rs.getString("queue_code"), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
	}
}
