package fr.fidele.customers.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import fr.fidele.customers.Customer;
import fr.fidele.customers.CustomerManagement;
import fr.fidele.customers.CustomerSummary;
import fr.fidele.customers.Customers;
import fr.fidele.customers.OutcomeEvent;
import fr.fidele.history.History;
import fr.fidele.history.HistoryEntry;
import fr.fidele.platform.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers over HTTP: search, read, register, update, and their outcome events and history. */
@RestController
@RequestMapping("/api/customers")
@Tag(name = "Customers")
@Validated
class CustomerApiController {

	private final Customers customers;
	private final CustomerManagement management;
	private final History history;
	private final Clock clock;

	CustomerApiController(Customers customers, CustomerManagement management, History history, Clock clock) {
		this.customers = customers;
		this.management = management;
		this.history = history;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Search customers by name, reference, e-mail or phone (3 characters or more)")
	List<CustomerSummary> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return q.isBlank() ? customers.latest(limit) : customers.search(q, limit);
	}

	@GetMapping("/{id}")
	CustomerView get(@PathVariable long id) {
		return CustomerView.of(management.get(id), LocalDate.now(clock));
	}

	@GetMapping("/by-reference/{reference}")
	CustomerView byReference(@PathVariable String reference) {
		long id = customers.idByReference(reference).orElseThrow(() -> new NotFoundException("customer", reference));
		return get(id);
	}

	@PostMapping
	@Operation(summary = "Register a customer (a SUBSCRIBED outcome is recorded on customerSince)")
	ResponseEntity<CustomerView> register(@Valid @RequestBody CustomerRequests.Register body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		Customer customer = management.register(body.toNewCustomer(), ChangeReason.or(reason, "registered through the API"));
		return ResponseEntity.created(URI.create("/api/customers/" + customer.id()))
			.body(CustomerView.of(customer, LocalDate.now(clock)));
	}

	@PatchMapping("/{id}")
	CustomerView update(@PathVariable long id, @Valid @RequestBody CustomerRequests.Update body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		Customer customer = management.update(id, body.toChanges(), ChangeReason.or(reason, "updated through the API"));
		return CustomerView.of(customer, LocalDate.now(clock));
	}

	@GetMapping("/{id}/outcomes")
	List<OutcomeEvent> outcomes(@PathVariable long id) {
		management.get(id);
		return customers.outcomes(id);
	}

	@PostMapping("/{id}/outcomes")
	@Operation(summary = "Record an outcome event; churn is derived from the events")
	ResponseEntity<OutcomeEvent> recordOutcome(@PathVariable long id, @Valid @RequestBody CustomerRequests.Outcome body,
			@RequestHeader(name = ChangeReason.HEADER, required = false) String reason) {
		return management.recordOutcome(id, body.toNewOutcome(), ChangeReason.or(reason, "recorded through the API"))
			.map(event -> ResponseEntity.created(URI.create("/api/customers/" + id + "/outcomes")).body(event))
			.orElseGet(() -> ResponseEntity.ok().build());
	}

	@GetMapping("/{id}/history")
	List<HistoryEntry> history(@PathVariable long id) {
		management.get(id);
		return history.of("customer", id);
	}
}
