package fr.fidele.messaging.web;

import java.util.List;

import fr.fidele.messaging.MessagingChannel;
import fr.fidele.messaging.MessagingChannels;
import fr.fidele.messaging.MessagingKind;
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
@RequestMapping("/api/messaging/channels")
@Tag(name = "Messaging")
class MessagingChannelApiController {

	private final MessagingChannels channels;

	MessagingChannelApiController(MessagingChannels channels) {
		this.channels = channels;
	}

	/** A channel to connect: its name, its network, where replies go, the routing queue its messages join. */
	record NewChannel(String name, MessagingKind kind, String outboundUrl, String queue) {
	}

	@GetMapping
	@Operation(summary = "Every messaging channel, withdrawn ones included; never their secrets")
	List<MessagingChannel> all() {
		return channels.all();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Connect a channel: its inbound address's key and its secret, shown this once")
	MessagingChannels.Created add(@RequestBody NewChannel channel) {
		return channels.add(channel.name(), channel.kind(), channel.outboundUrl(), channel.queue());
	}

	@PostMapping("/{id}/withdraw")
	@Operation(summary = "Withdraw a channel: its inbound address answers 404 and its replies are no longer delivered")
	MessagingChannel withdraw(@PathVariable long id) {
		return channels.withdraw(id);
	}
}
