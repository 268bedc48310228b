package fr.fidele.chat;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import fr.fidele.email.Mailboxes;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.RandomTokens;
import fr.fidele.routing.QueueDefinition;
import fr.fidele.routing.RoutingAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company's chat widgets: added for a queue and the sites that show them, listed, withdrawn. */
@Service
public class ChatWidgets {

	private static final int LONGEST_NAME = 200;
	private static final int MOST_ORIGINS = 20;
	private static final String SELECT = """
			select id, public_key, name, queue_code, allowed_origins, fallback_mailbox_id, enabled, created_at from chat_widget""";

	/** A widget just added, with the secret the company's site signs its customers' references with, shown once. */
	public record Created(ChatWidget widget, String identitySecret) {
	}

	/** A widget open to the public, as the chat needs it. */
	record OpenWidget(long id, String name, String queue, String identitySecret, List<String> allowedOrigins, Long fallbackMailboxId) {
	}

	private final JdbcClient jdbc;
	private final RoutingAdministration routing;
	private final Mailboxes mailboxes;
	private final Clock clock;

	ChatWidgets(JdbcClient jdbc, RoutingAdministration routing, Mailboxes mailboxes, Clock clock) {
		this.jdbc = jdbc;
		this.routing = routing;
		this.mailboxes = mailboxes;
		this.clock = clock;
	}

	@Transactional
	public Created add(String name, String queue, List<String> allowedOrigins, Long fallbackMailboxId) {
		if (name == null || name.isBlank()) {
			throw new InvalidFieldException("name", "required");
		}
		if (name.strip().length() > LONGEST_NAME) {
			throw new InvalidFieldException("name", "tooLong", LONGEST_NAME);
		}
		if (queue == null || routing.queues().stream().map(QueueDefinition::code).noneMatch(queue::equals)) {
			throw new InvalidFieldException("queue", "unknownQueue", queue);
		}
		List<String> origins = origins(allowedOrigins);
		if (fallbackMailboxId != null) {
			try {
				mailboxes.find(fallbackMailboxId);
			}
			catch (NotFoundException unknown) {
				throw new InvalidFieldException("fallbackMailboxId", "unknownMailbox", fallbackMailboxId);
			}
		}
		String secret = "chatsec_" + RandomTokens.next();
		long id = jdbc.sql("""
				insert into chat_widget (public_key, name, queue_code, identity_secret, allowed_origins, fallback_mailbox_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(RandomTokens.next(), name.strip(), queue, secret, origins.toArray(String[]::new), fallbackMailboxId,
					Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return new Created(find(id), secret);
	}

	/** Each origin a scheme and a host (and a port), nothing else: what a browser sends and CSP matches. */
	private static List<String> origins(List<String> given) {
		List<String> origins = given == null ? List.of() : given.stream().filter(o -> o != null && !o.isBlank()).map(String::strip).toList();
		if (origins.isEmpty()) {
			throw new InvalidFieldException("allowedOrigins", "required");
		}
		if (origins.size() > MOST_ORIGINS) {
			throw new InvalidFieldException("allowedOrigins", "tooMany", MOST_ORIGINS);
		}
		for (String origin : origins) {
			URI uri;
			try {
				uri = new URI(origin);
			}
			catch (java.net.URISyntaxException malformed) {
				throw new InvalidFieldException("allowedOrigins", "notAnOrigin", origin);
			}
			boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
			if (!web || uri.getHost() == null || uri.getRawPath() != null && !uri.getRawPath().isEmpty() || uri.getQuery() != null
					|| uri.getUserInfo() != null || origin.contains(";") || origin.contains(" ")) {
				throw new InvalidFieldException("allowedOrigins", "notAnOrigin", origin);
			}
		}
		return origins;
	}

	public List<ChatWidget> all() {
		return jdbc.sql(SELECT + " order by id").query(ChatWidgets::map).list();
	}

	public ChatWidget find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(ChatWidgets::map).optional()
			.orElseThrow(() -> new NotFoundException("chat widget", id));
	}

	/** Withdraws the widget: its script, frame and conversations answer 404 from now on. */
	@Transactional
	public ChatWidget withdraw(long id) {
		find(id);
		jdbc.sql("update chat_widget set enabled = false where id = ?").param(id).update();
		return find(id);
	}

	Optional<OpenWidget> open(String key) {
		return jdbc.sql("""
				select id, name, queue_code, identity_secret, allowed_origins, fallback_mailbox_id from chat_widget
				where public_key = ? and enabled""").param(key)
			.query((rs, n) -> new OpenWidget(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), strings(rs.getArray(5)),
					(Long) rs.getObject(6)))
			.optional();
	}

	/** The sites that may show the widget open at this key. */
	public Optional<List<String>> origins(String key) {
		return open(key).map(OpenWidget::allowedOrigins);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static ChatWidget map(ResultSet rs, int row) throws SQLException {
		return new ChatWidget(rs.getLong("id"), rs.getString("public_key"), rs.getString("name"), rs.getString("queue_code"),
				strings(rs.getArray("allowed_origins")), (Long) rs.getObject("fallback_mailbox_id"), rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant());
	}
}
