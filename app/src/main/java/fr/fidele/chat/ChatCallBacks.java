package fr.fidele.chat;

import java.time.Instant;

import fr.fidele.chat.ChatWidgets.OpenWidget;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.CallBackRequests;
import fr.fidele.routing.WorkItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A chat handed on to a telephone call, by the advisor (a callback with their note joins the queue on the same case)
 * or by the waiting customer (the chat becomes a callback keeping its place): the customer reads in the chat that
 * they will be called, the chat ends, and the customer stays verified.
 */
@Service
public class ChatCallBacks {

	private final AdvisorDesk desk;
	private final CallBackRequests callBacks;
	private final ChatConversations conversations;
	private final ChatMessages messages;
	private final ChatWidgets widgets;
	private final ChatWidgetStatus status;

	ChatCallBacks(AdvisorDesk desk, CallBackRequests callBacks, ChatConversations conversations, ChatMessages messages, ChatWidgets widgets,
			ChatWidgetStatus status) {
		this.desk = desk;
		this.widgets = widgets;
		this.status = status;
		this.callBacks = callBacks;
		this.conversations = conversations;
		this.messages = messages;
	}

	/**
	 * The waiting customer asks to be called rather than wait: the chat becomes a callback keeping its place, the
	 * customer reads that they will be called, and the chat ends.
	 */
	@Transactional
	public void instead(ChatConversation conversation, String number) {
		if (!conversation.open() || conversation.itemId() == null) {
			throw new ConflictException("chatEnded");
		}
		callBacks.instead(conversation.itemId(), number);
		messages.post(conversation.id(), ChatMessages.Author.SYSTEM, null, null, null, "CALLBACK_REQUESTED");
		conversations.end(conversation.id(), ChatMessages.Author.SYSTEM);
	}

	/**
	 * While the service is closed, a customer asks to be called at {@code start.number()} about {@code start.text()}
	 * when it opens; returns when that is. The request is a chat in the widget's queue, turned at once into the
	 * callback, so the advisor who calls reads what it is about on the same case and the customer stays verified.
	 */
	@Transactional
	public Instant whenOpen(String widgetKey, ChatStart start, String visitorAddress) {
		OpenWidget widget = widgets.open(widgetKey).orElseThrow(() -> new NotFoundException("chat widget", widgetKey));
		ChatWidgetStatus.Status now = status.of(widget);
		if (!now.open() && now.opensAt() == null) {
			throw new ConflictException("noOpeningPlanned");
		}
		instead(conversations.begin(widget, start, visitorAddress, false).conversation(), start.number());
		return now.opensAt();
	}

	/** The callback's work item. */
	@Transactional
	public long callBack(long advisorId, long itemId, String number, String note) {
		WorkItem item = desk.answering(advisorId, itemId);
		ChatConversation conversation = conversations.ofContact(item.contactId())
			.orElseThrow(() -> new NotFoundException("chat conversation", itemId));
		long callback = callBacks.callBack(advisorId, itemId, number, note);
		messages.post(conversation.id(), ChatMessages.Author.SYSTEM, null, null, null, "CALLING_BACK");
		conversations.end(conversation.id(), ChatMessages.Author.ADVISOR);
		return callback;
	}
}
