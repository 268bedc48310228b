package fr.fidele.chat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import fr.fidele.platform.EmailAddress;
import fr.fidele.platform.mail.SystemMail;
import fr.fidele.platform.web.ClientRateLimit;
import fr.fidele.routing.RoutingProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A chat's transcript sent by e-mail to the customer who asks for it, in the conversation's language, as plain text:
 * each message with its time and author. The token holder chooses the address, so each conversation may send a
 * few only ({@value #PER_CONVERSATION} an hour), and the message holds nothing but that conversation.
 */
@Service
public class ChatTranscripts {

	static final int PER_CONVERSATION = 3;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ChatMessages messages;
	private final ChatWidgets widgets;
	private final SystemMail mail;
	private final MessageSource texts;
	private final ZoneId zone;
	private final ClientRateLimit perConversation;

	ChatTranscripts(ChatMessages messages, ChatWidgets widgets, SystemMail mail, MessageSource texts, ChatProperties settings,
			RoutingProperties routing) {
		this.messages = messages;
		this.widgets = widgets;
		this.mail = mail;
		this.texts = texts;
		// the times as the service's own hours are read
		this.zone = routing.zone();
		this.perConversation = new ClientRateLimit(PER_CONVERSATION, settings.window());
	}

	/** Sends the transcript in the background; the address is checked first (422 naming {@code email}). */
	public void send(ChatConversation conversation, String email) {
		String to = EmailAddress.check("email", email == null ? "" : email);
		perConversation.require("transcript/" + conversation.id());
		Locale language = Locale.forLanguageTag(conversation.language());
		String name = widgets.find(conversation.widgetId()).name();
		mail.sendLater(to, texts.getMessage("chat.transcript.subject", new Object[] { name }, language),
				text(messages.after(conversation.id(), 0), name, language));
	}

	private String text(List<ChatMessage> all, String name, Locale language) {
		StringBuilder text = new StringBuilder(texts.getMessage("chat.transcript.intro", new Object[] { name }, language)).append("\n\n");
		for (ChatMessage message : all) {
			String who = switch (message.author()) {
				case "CUSTOMER" -> texts.getMessage("chat.you", null, language);
				case "ADVISOR" -> message.authorName();
				default -> "";
			};
			String body = "SYSTEM".equals(message.author()) ? texts.getMessage("chat.system." + message.body(), null, message.body(), language)
					: message.body();
			text.append('[').append(TIME.format(message.sentAt().atZone(zone))).append("] ").append(who.isEmpty() ? "" : who + " : ")
				.append(body).append('\n');
		}
		return text.toString();
	}
}
