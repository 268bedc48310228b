package fr.fidele.contacts.web;

import java.net.URI;
import java.util.List;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Contacts;
import fr.fidele.history.History;
import fr.fidele.history.HistoryEntry;
import fr.fidele.platform.web.ChangeReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contacts over HTTP: record one with its legs, wrap it up, read a customer's contacts. */
@RestController
@Tag(name = "Contacts")
@Validated
class ContactApiController {

	private final ContactManagement management;
	private final Contacts contacts;
	private final History history;

	ContactApiController(ContactManagement management, Contacts contacts, History history) {
		this.management = management;
		this.contacts = contacts;
		this.history = history;
	}

	@PostMapping("/api/contacts")
	@Operation(summary = "Record a contact with its legs; it joins or opens the customer's case. "
			+ "A contact whose externalRef is known is returned as it is (200), not recorded twice")
	ResponseEntity<Contact> record(@Valid @RequestBody ContactRequests.RecordContact body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		ContactManagement.Recorded recorded = management.record(body.toNewContact(), ChangeReason.or(reason, "recorded through the API"));
		if (!recorded.created()) {
			return ResponseEntity.ok(recorded.contact());
		}
		return ResponseEntity.created(URI.create("/api/contacts/" + recorded.contact().id())).body(recorded.contact());
	}

	@GetMapping("/api/contacts/{id}")
	Contact get(@PathVariable long id) {
		return management.get(id);
	}

	@PatchMapping("/api/contacts/{id}")
	@Operation(summary = "Wrap up a contact: resolved or not, notes, reason; its case follows")
	Contact wrapUp(@PathVariable long id, @Valid @RequestBody ContactRequests.WrapUpBody body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return management.wrapUp(id, body.toWrapUp(), ChangeReason.or(reason, "wrapped up through the API"));
	}

	@GetMapping("/api/contacts/{id}/history")
	List<HistoryEntry> history(@PathVariable long id) {
		management.get(id);
		return history.of("contact", id);
	}

	@GetMapping("/api/customers/{customerId}/contacts")
	List<Contact> ofCustomer(@PathVariable long customerId,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return contacts.ofCustomer(customerId, limit);
	}
}
