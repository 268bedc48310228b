package fr.fidele.chat;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import fr.fidele.chat.ChatWidgets.OpenWidget;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Direction;
import fr.fidele.customers.Customers;
import fr.fidele.customers.Identities;
import fr.fidele.customers.IdentityKind;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.Digests;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.RandomTokens;
import fr.fidele.platform.web.ClientRateLimit;
import fr.fidele.platform.web.WebhookSignature;
import fr.fidele.routing.Arrival;
import fr.fidele.routing.Arrivals;
import fr.fidele.routing.Enqueued;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations: started from a widget (the customer verified by their signed reference, or a visitor who gave a
 * name), each a contact on the CHAT channel in the widget's queue; the customer holds a token that opens only theirs;
 * ended by either side.
 */
@Service
public class ChatConversations {

	private static final int LONGEST_NAME = 200;
	private static final int LONGEST_SUBJECT = 120;
	private static final String SELECT = """
			select id, widget_id, customer_id, verified, visitor_name, visitor_email, language, contact_id, item_id, state, ended_by,
			       customer_seen, advisor_seen, started_at, ended_at from chat_conversation""";

	/**
	 * A conversation just started: the token the widget keeps to write and listen, given once, and the wait the
	 * routing expects (null when it cannot tell); above {@code fidele.chat.longest-wait} the widget offers to leave a
	 * message instead.
	 */
	public record Started(ChatConversation conversation, String token, Long estimatedWaitSeconds, boolean longWait) {
	}

	private final JdbcClient jdbc;
	private final ChatWidgets widgets;
	private final ChatMessages messages;
	private final ChatWidgetStatus status;
	private final Customers customers;
	private final Arrivals arrivals;
	private final ContactManagement cases;
	private final ChatProperties settings;
	private final ClientRateLimit starts;
	private final Clock clock;

	ChatConversations(JdbcClient jdbc, ChatWidgets widgets, ChatMessages messages, ChatWidgetStatus status, Customers customers,
			Arrivals arrivals, ContactManagement cases, ChatProperties settings, Clock clock) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.widgets = widgets;
		this.messages = messages;
		this.status = status;
		this.customers = customers;
		this.arrivals = arrivals;
		this.settings = settings;
		this.clock = clock;
		this.starts = new ClientRateLimit(settings.conversationsPerAddress(), settings.window());
	}

	@Transactional
	public Started start(String widgetKey, ChatStart start, String visitorAddress) {
		OpenWidget widget = widgets.open(widgetKey).orElseThrow(() -> new NotFoundException("chat widget", widgetKey));
		return begin(widget, start, visitorAddress, true);
	}

	/**
	 * A conversation in the widget's queue; {@code whileOpen} false only for a customer asking, while the service is
	 * closed, to be called when it opens (their conversation becomes that callback at once).
	 */
	Started begin(OpenWidget widget, ChatStart start, String visitorAddress, boolean whileOpen) {
		starts.require(widget.id() + "/" + visitorAddress);
		String language = start.language() == null || start.language().isBlank() ? "fr" : start.language().strip();
		if (!language.equals("fr") && !language.equals("en")) {
			throw new InvalidFieldException("language", "frOrEn");
		}
		messages.checkText(start.text());
		if (whileOpen != status.of(widget).open()) {
			throw new ConflictException(whileOpen ? "chatUnavailable" : "chatOpen");
		}
		Instant now = clock.instant();
		Visitor visitor = visitor(widget, start, now);
		String token = RandomTokens.next();
		long id = jdbc.sql("""
				insert into chat_conversation (widget_id, token_hash, customer_id, verified, visitor_name, visitor_email, language, state, started_at)
				values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) returning id""")
			.params(widget.id(), hash(token), visitor.customerId(), visitor.verified(), visitor.name(), visitor.email(), language, Timestamp.from(now))
			.query(Long.class).single();
		// a known customer's chat is a case from its first message, named by it, as an e-mail is by its subject
		Long caseId = visitor.customerId() == null ? null
				: cases.openCase(visitor.customerId(), null, caseSubject(start.text()), null, "chat started").id();
		Enqueued enqueued = arrivals.enqueue(new Arrival(Channel.CHAT, Direction.INBOUND, visitor.customerId(), null, language, widget.queue(),
				null, "chat:" + id, now, caseId));
		jdbc.sql("update chat_conversation set contact_id = ?, item_id = ? where id = ?").params(enqueued.contactId(), enqueued.itemId(), id)
			.update();
		if (visitor.verified()) {
			arrivals.verifiedByChannel(enqueued.itemId(), "chat widget " + widget.name());
		}
		messages.post(id, ChatMessages.Author.CUSTOMER, null, visitor.name(), start.clientId(), start.text());
		Long wait = arrivals.forecast(enqueued.itemId()).estimatedWaitSeconds();
		return new Started(find(id), token, wait, wait != null && wait > settings.longestWait().toSeconds());
	}

	static String caseSubject(String firstMessage) {
		String line = firstMessage.strip().lines().findFirst().orElse("").strip();
		return line.length() <= LONGEST_SUBJECT ? line : line.substring(0, LONGEST_SUBJECT - 1) + "…";
	}

	/** Who writes: proved by the site's signature, or named by themselves (and recognised by e-mail, unverified). */
	private record Visitor(Long customerId, boolean verified, String name, String email) {
	}

	private Visitor visitor(OpenWidget widget, ChatStart start, Instant now) {
		String email = email(start.email());
		if (start.reference() != null && !start.reference().isBlank()) {
			String reference = start.reference().strip();
			if (!WebhookSignature.verifies(widget.identitySecret(), start.signature(), reference, now.getEpochSecond(),
					settings.identityWindow().toSeconds())) {
				throw new InvalidFieldException("signature", "chatSignature");
			}
			long customer = customers.idByReference(reference)
				.orElseThrow(() -> new InvalidFieldException("reference", "unknownCustomerReference", reference));
			return new Visitor(customer, true, customers.findById(customer).map(c -> c.name()).orElse(null), email);
		}
		if (start.name() == null || start.name().isBlank()) {
			throw new InvalidFieldException("name", "required");
		}
		if (start.name().strip().length() > LONGEST_NAME) {
			throw new InvalidFieldException("name", "tooLong", LONGEST_NAME);
		}
		Long known = email == null ? null : customers.idByIdentity(IdentityKind.EMAIL, email).orElse(null);
		return new Visitor(known, false, start.name().strip(), email);
	}

	private static String email(String given) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return Identities.normalise(IdentityKind.EMAIL, given, "email").value();
		}
		catch (InvalidFieldException notAnAddress) {
			throw new InvalidFieldException("email", "notEmail", given);
		}
	}

	/** The conversation this token opens; any other token (or none) finds nothing, as an unknown conversation. */
	public ChatConversation authenticated(long id, String token) {
		if (token == null || token.isBlank()) {
			throw new NotFoundException("chat conversation", id);
		}
		return jdbc.sql(SELECT + " where id = ? and token_hash = ?").params(id, hash(token.strip())).query(ChatConversations::map).optional()
			.orElseThrow(() -> new NotFoundException("chat conversation", id));
	}

	public ChatConversation find(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(ChatConversations::map).optional()
			.orElseThrow(() -> new NotFoundException("chat conversation", id));
	}

	/** The conversation a contact is (the workspace's item, the case file's contact). */
	public Optional<ChatConversation> ofContact(long contactId) {
		return jdbc.sql(SELECT + " where contact_id = ?").param(contactId).query(ChatConversations::map).optional();
	}

	/**
	 * Ends the conversation: nobody writes in it any more. Ended by the customer, its item is abandoned if it still
	 * waited, or goes to its advisor's wrap-up.
	 */
	@Transactional
	public ChatConversation end(long id, ChatMessages.Author by) {
		int changed = jdbc.sql("update chat_conversation set state = 'ENDED', ended_by = ?, ended_at = ? where id = ? and state = 'OPEN'")
			.params(by.name(), Timestamp.from(clock.instant()), id).update();
		ChatConversation conversation = find(id);
		if (changed > 0) {
			messages.post(id, ChatMessages.Author.SYSTEM, null, null, null, "ENDED_BY_" + by.name());
			if (by == ChatMessages.Author.CUSTOMER && conversation.itemId() != null) {
				arrivals.customerLeft(conversation.itemId());
			}
		}
		return conversation;
	}

	private static byte[] hash(String token) {
		return Digests.sha256(token.getBytes(StandardCharsets.UTF_8));
	}

	static ChatConversation map(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		return new ChatConversation(rs.getLong("id"), rs.getLong("widget_id"), (Long) rs.getObject("customer_id"), rs.getBoolean("verified"),
				rs.getString("visitor_name"), rs.getString("visitor_email"), rs.getString("language"), (Long) rs.getObject("contact_id"),
				(Long) rs.getObject("item_id"), rs.getString("state"), rs.getString("ended_by"), rs.getInt("customer_seen"),
				rs.getInt("advisor_seen"), rs.getTimestamp("started_at").toInstant(), ended == null ? null : ended.toInstant());
	}
}
