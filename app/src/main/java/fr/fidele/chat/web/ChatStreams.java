package fr.fidele.chat.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import fr.fidele.chat.ChatMessage;
import fr.fidele.chat.ChatMessages;
import fr.fidele.chat.ChatMessages.Author;
import fr.fidele.chat.ChatNotifications;
import fr.fidele.chat.ChatProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live side of a conversation, for the customer's widget and the advisor's workspace alike: a server-sent event
 * stream that sends each message after the last one the side has (its {@code Last-Event-ID}: nothing is lost across a
 * reconnection), the state (read marks, the end), and the other side's typing. A stream is woken by the conversation's
 * notifications, and also looks every {@value #LOOK_SECONDS} seconds, which keeps the connection alive and makes up
 * for a notification missed.
 */
@Component
class ChatStreams {

	static final int LOOK_SECONDS = 10;

	private final ChatNotifications notifications;
	private final ChatMessages messages;
	private final ChatProperties settings;
	private final ScheduledExecutorService senders = Executors.newScheduledThreadPool(2, task -> {
		Thread thread = new Thread(task, "chat-streams");
		thread.setDaemon(true);
		return thread;
	});

	ChatStreams(ChatNotifications notifications, ChatMessages messages, ChatProperties settings) {
		this.notifications = notifications;
		this.messages = messages;
		this.settings = settings;
	}

	@PreDestroy
	void stop() {
		senders.shutdownNow();
	}

	/** A stream of the conversation for {@code side}, which has every message up to {@code lastSeq}. */
	SseEmitter open(long conversationId, Author side, int lastSeq) {
		SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
		Stream stream = new Stream(conversationId, side, lastSeq, emitter);
		Runnable unlisten = notifications.listen(conversationId, stream);
		ScheduledFuture<?> look = senders.scheduleWithFixedDelay(stream::changed, LOOK_SECONDS, LOOK_SECONDS, TimeUnit.SECONDS);
		Runnable close = () -> {
			unlisten.run();
			look.cancel(false);
		};
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError(failure -> close.run());
		stream.changed();
		return emitter;
	}

	/** The last message a reconnecting side has, from its {@code Last-Event-ID} (none, or not a number: it has none). */
	static int lastSeq(String lastEventId) {
		try {
			return lastEventId == null ? 0 : Math.max(0, Integer.parseInt(lastEventId.strip()));
		}
		catch (NumberFormatException notOurs) {
			return 0;
		}
	}

	/** What a side is told of the conversation besides its messages. */
	record State(String state, String endedBy, int customerSeen, int advisorSeen) {
	}

	/** A message as a side sees it. */
	record Shown(int seq, String author, String authorName, String clientId, String body, String sentAt, Long fileId) {
		static Shown of(ChatMessage message) {
			return new Shown(message.seq(), message.author(), message.authorName(), message.clientId(), message.body(),
					message.sentAt().toString(), message.fileId());
		}
	}

	private final class Stream implements ChatNotifications.Listener {

		private final long conversationId;
		private final Author side;
		private final SseEmitter emitter;
		/** One push waits at most: changes that come while it waits are seen by it. */
		private final AtomicBoolean pending = new AtomicBoolean();
		private int sent;
		private State told;

		Stream(long conversationId, Author side, int lastSeq, SseEmitter emitter) {
			this.conversationId = conversationId;
			this.side = side;
			this.sent = lastSeq;
			this.emitter = emitter;
		}

		@Override
		public void changed() {
			if (pending.compareAndSet(false, true)) {
				senders.execute(this::push);
			}
		}

		@Override
		public void typing(Author who) {
			if (who != side) {
				senders.execute(() -> send(SseEmitter.event().name("typing").data(Map.of("author", who.name()), MediaType.APPLICATION_JSON)));
			}
		}

		private synchronized void push() {
			pending.set(false);
			try {
				ChatMessages.Since since = messages.since(conversationId, sent);
				List<ChatMessage> fresh = since.messages();
				for (ChatMessage message : fresh) {
					emitter.send(SseEmitter.event().id(Integer.toString(message.seq())).name("message").data(Shown.of(message),
							MediaType.APPLICATION_JSON));
					sent = message.seq();
				}
				State now = new State(since.state(), since.endedBy(), since.customerSeen(), since.advisorSeen());
				if (!Objects.equals(now, told)) {
					emitter.send(SseEmitter.event().name("state").data(now, MediaType.APPLICATION_JSON));
					told = now;
				}
				else if (fresh.isEmpty()) {
					// nothing new: a comment, which tells a connection that died from one that waits
					emitter.send(SseEmitter.event().comment("still here"));
				}
			}
			catch (IOException | IllegalStateException gone) {
				emitter.completeWithError(gone);
			}
		}

		private synchronized void send(SseEmitter.SseEventBuilder event) {
			try {
				emitter.send(event);
			}
			catch (IOException | IllegalStateException gone) {
				emitter.completeWithError(gone);
			}
		}
	}
}
