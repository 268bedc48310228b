package fr.fidele.chat.web;

import fr.fidele.accounts.SignedInUser;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.chat.ChatCallBacks;
import fr.fidele.chat.ChatConversation;
import fr.fidele.chat.ChatConversations;
import fr.fidele.chat.ChatFiles;
import fr.fidele.chat.ChatMessage;
import fr.fidele.chat.ChatMessages;
import fr.fidele.chat.ChatMessages.Author;
import fr.fidele.chat.ChatNotifications;
import fr.fidele.contacts.EndedBy;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.ItemState;
import fr.fidele.routing.WorkItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advisor's side of a chat they hold, from the workspace: its live stream, answering (from the page's script,
 * or as a plain form without it), typing, marking read, handing it on to a telephone call, and ending the chat (the
 * item goes to wrap-up); the files
 * customers sent.
 */
@Controller
class ChatAdvisorPages {

	private final AdvisorDesk desk;
	private final ChatConversations conversations;
	private final ChatMessages messages;
	private final ChatNotifications notifications;
	private final ChatStreams streams;
	private final Users users;
	private final PageActions actions;
	private final ChatFiles files;
	private final ChatCallBacks callBacks;

	ChatAdvisorPages(AdvisorDesk desk, ChatConversations conversations, ChatMessages messages, ChatNotifications notifications,
			ChatStreams streams, Users users, PageActions actions, ChatFiles files, ChatCallBacks callBacks) {
		this.callBacks = callBacks;
		this.files = files;
		this.desk = desk;
		this.conversations = conversations;
		this.messages = messages;
		this.notifications = notifications;
		this.streams = streams;
		this.users = users;
		this.actions = actions;
	}

	/** The chat of an item this advisor answers now (connected, or in its wrap-up). */
	private ChatConversation held(SignedInUser me, long itemId) {
		WorkItem item = desk.answering(me.id(), itemId);
		return conversations.ofContact(item.contactId()).orElseThrow(() -> new NotFoundException("chat conversation", itemId));
	}

	@GetMapping(path = "/workspace/items/{id}/chat-events", produces = "text/event-stream")
	SseEmitter events(@PathVariable long id, SignedInUser me, @RequestHeader(value = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(required = false) Integer after) {
		ChatConversation conversation = held(me, id);
		return streams.open(conversation.id(), Author.ADVISOR, lastEventId != null ? ChatStreams.lastSeq(lastEventId) : after == null ? 0 : after);
	}

	@PostMapping(path = "/workspace/items/{id}/chat-message", headers = "X-Requested-With=fetch")
	ResponseEntity<ChatStreams.Shown> writeLive(@PathVariable long id, @RequestParam(required = false) String text, SignedInUser me) {
		return ResponseEntity.status(HttpStatus.CREATED).body(ChatStreams.Shown.of(write(id, text, me)));
	}

	@PostMapping("/workspace/items/{id}/chat-message")
	String writePage(@PathVariable long id, @RequestParam(required = false) String text, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace", () -> write(id, text, me));
	}

	private ChatMessage write(long id, String text, SignedInUser me) {
		String name = users.findById(me.id()).map(User::displayName).orElse(me.username());
		return messages.fromAdvisor(held(me, id), me.id(), name, text);
	}

	/** A file a customer sent in a chat, for whoever reads case files (the transcript links it). */
	@GetMapping("/chat-files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long fileId) {
		return Downloads.of(files.of(fileId).orElseThrow(() -> new NotFoundException("chat file", fileId)));
	}

	@PostMapping("/workspace/items/{id}/chat-typing")
	ResponseEntity<Void> typing(@PathVariable long id, SignedInUser me) {
		notifications.typing(held(me, id).id(), Author.ADVISOR);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/workspace/items/{id}/chat-seen")
	ResponseEntity<Void> seen(@PathVariable long id, @RequestParam(defaultValue = "0") int seq, SignedInUser me) {
		messages.seen(held(me, id).id(), Author.ADVISOR, seq);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/workspace/items/{id}/chat-call-back")
	String callBack(@PathVariable long id, @RequestParam(required = false) String number, @RequestParam(required = false) String note,
			SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace", () -> callBacks.callBack(me.id(), id, number, note));
	}

	@PostMapping("/workspace/items/{id}/chat-end")
	String end(@PathVariable long id, SignedInUser me, RedirectAttributes flash) {
		flash.addFlashAttribute("problemItem", id);
		return actions.act(flash, "redirect:/workspace", () -> {
			ChatConversation conversation = held(me, id);
			conversations.end(conversation.id(), Author.ADVISOR);
			if (desk.answering(me.id(), id).state() == ItemState.CONNECTED) {
				desk.end(me.id(), id, EndedBy.ADVISOR);
			}
		});
	}
}
