package fr.fidele.contacts.web;

import java.net.URI;
import java.util.List;

import fr.fidele.contacts.Cases;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.contacts.Contacts;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.contacts.SupportCase;
import fr.fidele.history.History;
import fr.fidele.history.HistoryEntry;
import fr.fidele.platform.web.ChangeReason;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Cases and the contact-reason taxonomy over HTTP. */
@RestController
@Tag(name = "Cases")
class CaseApiController {

	private final ContactManagement management;
	private final Cases cases;
	private final Contacts contacts;
	private final Reasons reasons;
	private final History history;

	CaseApiController(ContactManagement management, Cases cases, Contacts contacts, Reasons reasons, History history) {
		this.management = management;
		this.cases = cases;
		this.contacts = contacts;
		this.reasons = reasons;
		this.history = history;
	}

	@PostMapping("/api/cases")
	ResponseEntity<SupportCase> open(@Valid @RequestBody ContactRequests.OpenCase body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		SupportCase opened = management.openCase(body.customerId(), body.reasonCode(), body.subject(), body.owner(),
				ChangeReason.or(reason, "opened through the API"));
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(opened);
	}

	@GetMapping("/api/cases/{id}")
	SupportCase get(@PathVariable long id) {
		return management.getCase(id);
	}

	@PatchMapping("/api/cases/{id}")
	SupportCase change(@PathVariable long id, @Valid @RequestBody ContactRequests.ChangeCase body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		String why = ChangeReason.or(reason, "changed through the API");
		SupportCase changed = management.getCase(id);
		if (body.owner() != null) {
			changed = management.assign(id, body.owner(), why);
		}
		if (body.status() != null && body.status() != changed.status()) {
			changed = management.changeStatus(id, body.status(), why);
		}
		return changed;
	}

	@GetMapping("/api/cases/{id}/contacts")
	List<Contact> contacts(@PathVariable long id) {
		management.getCase(id);
		return contacts.ofCase(id);
	}

	@GetMapping("/api/cases/{id}/history")
	List<HistoryEntry> history(@PathVariable long id) {
		management.getCase(id);
		return history.of("case", id);
	}

	@GetMapping("/api/customers/{customerId}/cases")
	List<SupportCase> ofCustomer(@PathVariable long customerId) {
		return cases.ofCustomer(customerId);
	}

	@GetMapping("/api/reasons")
	List<Reason> reasons() {
		return reasons.all();
	}

	@PostMapping("/api/reasons")
	Reason saveReason(@Valid @RequestBody ContactRequests.ReasonBody body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		reasons.save(body.toReason(), ChangeReason.or(reason, "defined through the API"));
		return body.toReason();
	}
}
