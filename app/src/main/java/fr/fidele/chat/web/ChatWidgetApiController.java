package fr.fidele.chat.web;

import java.util.List;

import fr.fidele.chat.ChatWidget;
import fr.fidele.chat.ChatWidgets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/chat/widgets")
@Tag(name = "Chat widgets", description = "The live chat widgets the company puts on its sites")
class ChatWidgetApiController {

	private final ChatWidgets widgets;

	ChatWidgetApiController(ChatWidgets widgets) {
		this.widgets = widgets;
	}

	/** A new widget: its name (the frame's title), its queue, the sites that show it, the mailbox for messages left. */
	record NewChatWidget(String name, String queue, List<String> allowedOrigins, Long fallbackMailboxId) {
	}

	@GetMapping
	@Operation(summary = "Every chat widget, withdrawn ones included")
	List<ChatWidget> all() {
		return widgets.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a widget; its identity secret, with which the site signs its customers' references, is shown only now")
	ChatWidgets.Created add(@RequestBody NewChatWidget widget) {
		return widgets.add(widget.name(), widget.queue(), widget.allowedOrigins(), widget.fallbackMailboxId());
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a widget: its script, frame and conversations answer 404 from now on")
	ChatWidget withdraw(@PathVariable long id) {
		return widgets.withdraw(id);
	}
}
