package fr.fidele.messaging.web;

import java.util.Map;
import java.util.Optional;

import fr.fidele.casefile.Channel;
import fr.fidele.messaging.MessagingMessages;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;
import org.springframework.stereotype.Component;

/** Beside a messaging conversation in the advisor's workspace: its messages both ways, and the form to answer. */
@Component
class MessagingWorkspacePanel implements WorkspacePanel {

	private final MessagingMessages messages;

	MessagingWorkspacePanel(MessagingMessages messages) {
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panelFor(WorkItem item) {
		if (item.channel() != Channel.SOCIAL) {
			return Optional.empty();
		}
		return Optional.of(new Panel("messaging/panel :: conversation", Map.of("itemId", item.id(), "messages",
				messages.conversationOf(item.contactId()), "unknownSender", item.customerId() == null)));
	}
}
