package fr.fidele.chat.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import fr.fidele.chat.ChatCallBacks;
import fr.fidele.chat.ChatConversation;
import fr.fidele.chat.ChatConversations;
import fr.fidele.chat.ChatConversations.Started;
import fr.fidele.chat.ChatFiles;
import fr.fidele.chat.ChatMessages;
import fr.fidele.chat.ChatMessages.Author;
import fr.fidele.chat.ChatNotifications;
import fr.fidele.chat.ChatStart;
import fr.fidele.chat.ChatTranscripts;
import fr.fidele.chat.ChatWidgetStatus;
import fr.fidele.feedback.ChatSurveys;
import fr.fidele.chat.LeftMessages;
import fr.fidele.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What the widget's frame calls: the widget's state, starting a conversation, then, with the conversation's token in
 * {@code Authorization: Bearer}, writing, listening, marking read, typing, ending; and leaving a message when closed.
 */
@RestController
@RequestMapping("/chat/v1")
@Tag(name = "Chat (public)", description = "The live chat widget's calls, from the customer's browser")
class ChatPublicController {

	private static final String BEARER = "Bearer ";

	private final ChatConversations conversations;
	private final ChatMessages messages;
	private final ChatNotifications notifications;
	private final ChatStreams streams;
	private final ChatWidgetStatus status;
	private final LeftMessages left;
	private final ChatTranscripts transcripts;
	private final ChatFiles files;
	private final ChatCallBacks callBacks;
	private final ChatSurveys surveys;

	ChatPublicController(ChatConversations conversations, ChatMessages messages, ChatNotifications notifications, ChatStreams streams,
			ChatWidgetStatus status, LeftMessages left, ChatTranscripts transcripts, ChatFiles files, ChatCallBacks callBacks,
			ChatSurveys surveys) {
		this.callBacks = callBacks;
		this.surveys = surveys;
		this.files = files;
		this.transcripts = transcripts;
		this.conversations = conversations;
		this.messages = messages;
		this.notifications = notifications;
		this.streams = streams;
		this.status = status;
		this.left = left;
	}

	/** A conversation as its customer gets it back: its state and every message (after a reload of the page). */
	record Transcript(long id, String state, String endedBy, boolean verified, int advisorSeen, List<ChatStreams.Shown> messages) {
		static Transcript of(ChatConversation conversation, List<ChatStreams.Shown> messages) {
			return new Transcript(conversation.id(), conversation.state(), conversation.endedBy(), conversation.verified(),
					conversation.advisorSeen(), messages);
		}
	}

	/** A conversation started: the token opens it, and only it; the widget keeps it for the page's session. */
	record StartedConversation(long id, String token, boolean verified, String name, Long estimatedWaitSeconds, boolean longWait) {
	}

	record Written(String clientId, String text) {
	}

	record Seen(Integer seq) {
	}

	@GetMapping("/widgets/{key}")
	@Operation(summary = "Whether the widget's queue takes chats now, when it opens again, and whether a message may be left")
	ChatWidgetStatus.Status widget(@PathVariable String key) {
		return status.of(key);
	}

	@PostMapping("/widgets/{key}/conversations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a conversation with its first message; a customer signed in on the site comes with a signed reference")
	StartedConversation start(@PathVariable String key, @RequestBody ChatStart start, HttpServletRequest request) {
		Started started = conversations.start(key, start, request.getRemoteAddr());
		return new StartedConversation(started.conversation().id(), started.token(), started.conversation().verified(),
				started.conversation().visitorName(), started.estimatedWaitSeconds(), started.longWait());
	}

	record CallWhenOpen(Instant opensAt) {
	}

	@PostMapping("/widgets/{key}/call-backs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "While the service is closed, be called at a number when it opens, about the message given; a customer signed in on the site comes with a signed reference")
	CallWhenOpen callWhenOpen(@PathVariable String key, @RequestBody ChatStart start, HttpServletRequest request) {
		return new CallWhenOpen(callBacks.whenOpen(key, start, request.getRemoteAddr()));
	}

	@PostMapping("/widgets/{key}/left-messages")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Leave a message when nobody is there to chat: it becomes an e-mail case, answered by e-mail")
	void leave(@PathVariable String key, @RequestBody LeftMessages.Left message, HttpServletRequest request) {
		left.leave(key, message, request.getRemoteAddr());
	}

	@GetMapping("/conversations/{id}")
	@Operation(summary = "The conversation and every message in it")
	Transcript conversation(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		ChatConversation conversation = mine(id, authorization);
		return Transcript.of(conversation, messages.after(id, 0).stream().map(ChatStreams.Shown::of).toList());
	}

	@GetMapping(path = "/conversations/{id}/events", produces = "text/event-stream")
	@Operation(summary = "The conversation live: each message after Last-Event-ID, its state, the advisor typing")
	SseEmitter events(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestHeader(value = "Last-Event-ID", required = false) String lastEventId) {
		mine(id, authorization);
		return streams.open(id, Author.CUSTOMER, ChatStreams.lastSeq(lastEventId));
	}

	@PostMapping("/conversations/{id}/messages")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write in the conversation; a message sent again with the same clientId is kept once")
	ChatStreams.Shown write(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody Written written) {
		return ChatStreams.Shown.of(messages.fromCustomer(mine(id, authorization), written.clientId(), written.text()));
	}

	@PostMapping(path = "/conversations/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a file in the conversation (at most fidele.chat.attachment-limit); it shows as a message naming it")
	ChatStreams.Shown file(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String clientId) throws IOException {
		return ChatStreams.Shown.of(files.fromCustomer(mine(id, authorization), clientId, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getContentType(), file == null ? null : file.getBytes()));
	}

	@GetMapping("/conversations/{id}/files/{fileId}")
	@Operation(summary = "Download a file of the conversation")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId,
			@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		mine(id, authorization);
		return Downloads.of(files.of(id, fileId).orElseThrow(() -> new NotFoundException("chat file", fileId)));
	}

	@PostMapping("/conversations/{id}/typing")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The customer is typing (the advisor sees it for a few seconds)")
	void typing(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		mine(id, authorization);
		notifications.typing(id, Author.CUSTOMER);
	}

	@PostMapping("/conversations/{id}/seen")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The widget showed the messages up to seq: the advisor sees them read")
	void seen(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody Seen seen) {
		mine(id, authorization);
		messages.seen(id, Author.CUSTOMER, seen.seq() == null ? 0 : seen.seq());
	}

	record TranscriptRequest(String email) {
	}

	@PostMapping("/conversations/{id}/transcript")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send the conversation's transcript by e-mail to the address given (a few times per conversation)")
	void transcript(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody TranscriptRequest request) {
		transcripts.send(mine(id, authorization), request.email());
	}

	record CallMe(String number) {
	}

	@PostMapping("/conversations/{id}/call-back")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Rather than wait, be called at this number: the chat becomes a callback that keeps its place")
	void callBack(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody CallMe request) {
		callBacks.instead(mine(id, authorization), request.number());
	}

	@PostMapping("/conversations/{id}/survey")
	@Operation(summary = "Once the chat has ended: the survey the rules offer about it (its first scored question and the page to answer on), or 204")
	ResponseEntity<ChatSurveys.Offer> survey(@PathVariable long id,
			@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		ChatConversation conversation = mine(id, authorization);
		if (conversation.open() || conversation.contactId() == null) {
			return ResponseEntity.noContent().build();
		}
		return surveys.offer(conversation.contactId(), conversation.language(), conversation.visitorName()).map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/conversations/{id}/end")
	@Operation(summary = "The customer ends the conversation")
	Transcript end(@PathVariable long id, @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		mine(id, authorization);
		ChatConversation ended = conversations.end(id, Author.CUSTOMER);
		return Transcript.of(ended, List.of());
	}

	private ChatConversation mine(long id, String authorization) {
		String token = authorization != null && authorization.startsWith(BEARER) ? authorization.substring(BEARER.length()) : null;
		return conversations.authenticated(id, token);
	}
}
