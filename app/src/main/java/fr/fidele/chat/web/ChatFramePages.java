package fr.fidele.chat.web;

import jakarta.servlet.http.HttpServletResponse;

import fr.fidele.chat.ChatWidgetStatus;
import fr.fidele.chat.ChatWidgets;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The chat's frame, the page the widget's script shows inside the company's site. Only the widget's own sites may
 * frame it ({@code frame-ancestors}); it loads nothing but Fidèle's own files and talks only to Fidèle.
 */
@Controller
class ChatFramePages {

	private final ChatWidgets widgets;
	private final ChatWidgetStatus status;

	ChatFramePages(ChatWidgets widgets, ChatWidgetStatus status) {
		this.widgets = widgets;
		this.status = status;
	}

	@GetMapping("/chat/{key}/frame")
	String frame(@PathVariable String key, Model model, HttpServletResponse response) {
		String ancestors = String.join(" ", widgets.origins(key).orElseThrow(() -> new NotFoundException("chat widget", key)));
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + ancestors);
		model.addAttribute("key", key);
		model.addAttribute("status", status.of(key));
		return "chat/frame";
	}
}
