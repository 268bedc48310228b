package fr.fidele.chat;

import java.time.Instant;
import java.util.Optional;

import fr.fidele.chat.ChatWidgets.OpenWidget;
import fr.fidele.platform.NotFoundException;
import fr.fidele.routing.QueueCalendars;
import org.springframework.stereotype.Service;

/**
 * Whether a widget's queue takes chats now, by its opening hours: closed, the widget says when it opens again and
 * offers to leave a message (an e-mail case, when the widget has a mailbox for it) or to be called when it opens.
 */
@Service
public class ChatWidgetStatus {

	/**
	 * A widget now, as its frame shows it.
	 *
	 * @param opensAt when it opens again (null: open now, or no opening planned)
	 * @param leaveMessage whether a message may be left instead of chatting
	 * @param callWhenOpen whether the customer may ask to be called when the service opens (closed, an opening planned)
	 */
	public record Status(String name, boolean open, Instant opensAt, boolean leaveMessage, boolean callWhenOpen) {
	}

	private final ChatWidgets widgets;
	private final QueueCalendars calendars;

	ChatWidgetStatus(ChatWidgets widgets, QueueCalendars calendars) {
		this.widgets = widgets;
		this.calendars = calendars;
	}

	public Status of(String key) {
		return of(widgets.open(key).orElseThrow(() -> new NotFoundException("chat widget", key)));
	}

	Status of(OpenWidget widget) {
		Optional<Instant> closedUntil = calendars.closedUntil(widget.queue());
		Instant opensAt = closedUntil.filter(until -> !Instant.MAX.equals(until)).orElse(null);
		return new Status(widget.name(), closedUntil.isEmpty(), opensAt, widget.fallbackMailboxId() != null, opensAt != null);
	}
}
