package fr.fidele.chat;

import fr.fidele.chat.ChatWidgets.OpenWidget;
import fr.fidele.email.WebFormMessages;
import fr.fidele.email.WebFormMessages.WebFormMessage;
import fr.fidele.platform.EmailAddress;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.StorableText;
import fr.fidele.platform.web.ClientRateLimit;
import org.springframework.stereotype.Service;

/**
 * A message left from the widget when nobody is there to chat (outside hours, a wait too long): it becomes an e-mail
 * conversation of the widget's mailbox, answered by e-mail, so the customer is not asked to come back later.
 */
@Service
public class LeftMessages {

	private static final int LONGEST_NAME = 200;

	/** What the customer leaves: their name, the address the answer goes to, and the message. */
	public record Left(String name, String email, String text) {
	}

	private final ChatWidgets widgets;
	private final WebFormMessages mail;
	private final ChatProperties settings;
	private final ClientRateLimit perAddress;

	LeftMessages(ChatWidgets widgets, WebFormMessages mail, ChatProperties settings) {
		this.widgets = widgets;
		this.mail = mail;
		this.settings = settings;
		this.perAddress = new ClientRateLimit(settings.conversationsPerAddress(), settings.window());
	}

	public void leave(String key, Left left, String visitorAddress) {
		OpenWidget widget = widgets.open(key).orElseThrow(() -> new NotFoundException("chat widget", key));
		if (widget.fallbackMailboxId() == null) {
			throw new NotFoundException("chat widget mailbox", key);
		}
		perAddress.require(widget.id() + "/" + visitorAddress);
		String name = left.name() == null ? "" : StorableText.of(left.name()).strip();
		if (name.isEmpty()) {
			throw new InvalidFieldException("name", "required");
		}
		if (name.length() > LONGEST_NAME) {
			throw new InvalidFieldException("name", "tooLong", LONGEST_NAME);
		}
		String email = EmailAddress.check("email", left.email() == null ? "" : left.email());
		String text = left.text() == null ? "" : StorableText.of(left.text()).strip();
		if (text.isEmpty()) {
			throw new InvalidFieldException("text", "required");
		}
		if (text.length() > settings.longestMessage()) {
			throw new InvalidFieldException("text", "tooLong", settings.longestMessage());
		}
		mail.receive(widget.fallbackMailboxId(), new WebFormMessage(email, name, widget.name(), text));
	}
}
