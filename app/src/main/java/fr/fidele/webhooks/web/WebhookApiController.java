package fr.fidele.webhooks.web;

import java.util.List;
import java.util.Set;

import fr.fidele.webhooks.WebhookSubscriptions;
import fr.fidele.webhooks.WebhookSubscriptions.Created;
import fr.fidele.webhooks.WebhookSubscriptions.Delivery;
import fr.fidele.webhooks.WebhookSubscriptions.Subscription;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook subscriptions and their delivery log, for administrators (docs/webhooks.md). */
@RestController
@Tag(name = "Webhooks")
class WebhookApiController {

	private final WebhookSubscriptions subscriptions;

	WebhookApiController(WebhookSubscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	record NewSubscription(String url, Set<String> events) {
	}

	@GetMapping("/api/webhooks")
	List<Subscription> list() {
		return subscriptions.all();
	}

	@PostMapping("/api/webhooks")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Subscribe a receiver to events; the answer holds the signing secret, shown this once")
	Created subscribe(@RequestBody NewSubscription request) {
		return subscriptions.subscribe(request.url(), request.events());
	}

	@DeleteMapping("/api/webhooks/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id) {
		subscriptions.delete(id);
	}

	@PostMapping("/api/webhooks/{id}/enable")
	@Operation(summary = "Start sending again to a subscription stopped after failures")
	Subscription enable(@PathVariable long id) {
		return subscriptions.enable(id);
	}

	@GetMapping("/api/webhooks/{id}/deliveries")
	List<Delivery> deliveries(@PathVariable long id, @RequestParam(defaultValue = "100") int limit) {
		return subscriptions.deliveries(id, limit);
	}
}
