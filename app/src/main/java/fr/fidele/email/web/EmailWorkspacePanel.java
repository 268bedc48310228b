package fr.fidele.email.web;

import java.util.Map;
import java.util.Optional;

import fr.fidele.contacts.Channel;
import fr.fidele.email.EmailMessages;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;
import org.springframework.stereotype.Component;

/** Beside an e-mail or a contact form message in the advisor's workspace: its whole conversation, and the form to answer it. */
@Component
class EmailWorkspacePanel implements WorkspacePanel {

	private final EmailMessages messages;

	EmailWorkspacePanel(EmailMessages messages) {
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panelFor(WorkItem item) {
		if (item.channel() != Channel.EMAIL && item.channel() != Channel.WEB_FORM) {
			return Optional.empty();
		}
		return Optional.of(new Panel("email/panel :: conversation",
				Map.of("itemId", item.id(), "messages", messages.conversationOf(item.contactId()), "unknownSender", item.customerId() == null)));
	}
}
