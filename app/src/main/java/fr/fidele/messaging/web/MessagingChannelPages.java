package fr.fidele.messaging.web;

import fr.fidele.messaging.MessagingChannels;
import fr.fidele.messaging.MessagingKind;
import fr.fidele.platform.web.PageActions;
import fr.fidele.routing.RoutingAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The administrator's page for messaging channels: each one's inbound address for the provider, connecting one (its
 * secret shown this once), withdrawing one.
 */
@Controller
class MessagingChannelPages {

	private static final String PAGE = "redirect:/admin/messaging";

	private final MessagingChannels channels;
	private final RoutingAdministration routing;
	private final PageActions actions;

	MessagingChannelPages(MessagingChannels channels, RoutingAdministration routing, PageActions actions) {
		this.channels = channels;
		this.routing = routing;
		this.actions = actions;
	}

	@GetMapping("/admin/messaging")
	String list(Model model) {
		model.addAttribute("channels", channels.all());
		model.addAttribute("kinds", MessagingKind.values());
		model.addAttribute("queues", routing.queues());
		model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
		return "messaging/channels";
	}

	@PostMapping("/admin/messaging")
	String add(@RequestParam String name, @RequestParam MessagingKind kind, @RequestParam String outboundUrl, @RequestParam String queue,
			RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> flash.addFlashAttribute("secret", channels.add(name, kind, outboundUrl, queue).secret()));
	}

	@PostMapping("/admin/messaging/{id}/withdraw")
	String withdraw(@PathVariable long id, RedirectAttributes flash) {
		return actions.act(flash, PAGE, () -> channels.withdraw(id));
	}
}
