package fr.fidele.chat.web;

import java.util.Map;
import java.util.Optional;

import fr.fidele.chat.ChatConversations;
import fr.fidele.chat.ChatMessages;
import fr.fidele.casefile.Channel;
import fr.fidele.customers.Customers;
import fr.fidele.customers.Identity;
import fr.fidele.customers.IdentityKind;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;
import org.springframework.stereotype.Component;

/**
 * Beside a chat in the advisor's workspace: the conversation, kept live by its own event stream (the workspace's
 * redraws leave it alone), and the form to answer.
 */
@Component
class ChatWorkspacePanel implements WorkspacePanel {

	private final ChatConversations conversations;
	private final ChatMessages messages;
	private final Customers customers;

	ChatWorkspacePanel(ChatConversations conversations, ChatMessages messages, Customers customers) {
		this.customers = customers;
		this.conversations = conversations;
		this.messages = messages;
	}

	@Override
	public Optional<Panel> panelFor(WorkItem item) {
		if (item.channel() != Channel.CHAT) {
			return Optional.empty();
		}
		return conversations.ofContact(item.contactId()).map(conversation -> new Panel("chat/panel :: conversation",
				Map.of("itemId", item.id(), "conversation", conversation, "messages", messages.after(conversation.id(), 0), "phone", phone(item))));
	}

	/** The customer's telephone number, offered for a call (empty when unknown: the advisor asks it in the chat). */
	private String phone(WorkItem item) {
		return item.customerId() == null ? ""
				: customers.findById(item.customerId()).flatMap(customer -> customer.identities().stream()
					.filter(identity -> identity.kind() == IdentityKind.PHONE).map(Identity::value).findFirst()).orElse("");
	}
}
