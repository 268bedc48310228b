package fr.fidele.privacy.web;

import java.util.List;

import fr.fidele.privacy.PersonalDataErasure;
import fr.fidele.privacy.PersonalDataExport;
import fr.fidele.privacy.ReadAudit;
import fr.fidele.privacy.RetentionRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A customer's personal data for a data-protection officer: exported, erased on request, and who read it. */
@RestController
@Tag(name = "Personal data")
class PersonalDataApiController {

	private final PersonalDataExport export;
	private final PersonalDataErasure erasure;
	private final ReadAudit reads;
	private final RetentionRules retention;

	PersonalDataApiController(PersonalDataExport export, PersonalDataErasure erasure, ReadAudit reads, RetentionRules retention) {
		this.retention = retention;
		this.export = export;
		this.erasure = erasure;
		this.reads = reads;
	}

	record ErasureRequest(String reason) {
	}

	@GetMapping("/api/customers/{id}/personal-data")
	@Operation(summary = "Everything Fidèle holds on one customer (right of access, portability)")
	PersonalDataExport.CustomerData export(@PathVariable long id) {
		return export.export(id);
	}

	@PostMapping("/api/customers/{id}/erasure")
	@Operation(summary = "Erase a customer's personal data on their request; the facts stay for the figures")
	PersonalDataErasure.Receipt erase(@PathVariable long id, @RequestBody ErasureRequest request) {
		return erasure.erase(id, request.reason());
	}

	@GetMapping("/api/privacy/retention")
	@Operation(summary = "What the retention rules removed, run by run, newest first")
	List<RetentionRules.Applied> retention(@RequestParam(defaultValue = "50") int limit) {
		return retention.latest(limit);
	}

	@PostMapping("/api/privacy/retention")
	@Operation(summary = "Apply the retention rules now")
	List<RetentionRules.Applied> applyRetention() {
		return retention.apply();
	}

	@GetMapping("/api/privacy/reads")
	@Operation(summary = "Who opened which customer's file, newest first")
	List<ReadAudit.Read> reads(@RequestParam(required = false) Long customerId, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "100") int limit) {
		return reads.of(customerId, actor, limit);
	}
}
