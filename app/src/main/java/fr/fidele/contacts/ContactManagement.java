package fr.fidele.contacts;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fidele.accounts.Users;
import fr.fidele.customers.Customers;
import fr.fidele.history.History;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on contacts and cases: record a contact, wrap it up, open a case, move or assign it. */
@Service
public class ContactManagement {

	static final String CONTACT = "contact";
	static final String CASE = "case";

	private final Contacts contacts;
	private final Cases cases;
	private final Reasons reasons;
	private final Customers customers;
	private final Users users;
	private final History history;
	private final CaseAttachmentPolicy attachment;
	private final Clock clock;

	ContactManagement(Contacts contacts, Cases cases, Reasons reasons, Customers customers, Users users,
			History history, ContactProperties properties, Clock clock) {
		this.contacts = contacts;
		this.cases = cases;
		this.reasons = reasons;
		this.customers = customers;
		this.users = users;
		this.history = history;
		this.attachment = new CaseAttachmentPolicy(properties.reopenWindow());
		this.clock = clock;
	}

	/** The outcome of recording: the contact, and whether it was new or already known by its external reference. */
	public record Recorded(Contact contact, boolean created) {
	}

	@Transactional
	public Recorded record(NewContact c, String reason) {
		ContactRules.check(c);
		if (c.externalRef() != null) {
			Optional<Long> known = contacts.idByExternalRef(c.externalRef());
			if (known.isPresent()) {
				return new Recorded(get(known.get()), false);
			}
		}
		Long customerId = customerOf(c);
		checkReason(c.reasonCode(), "reasonCode");
		List<NewLeg> legs = c.legs() == null ? List.of() : c.legs();
		Long[] advisors = new Long[legs.size()];
		for (int i = 0; i < legs.size(); i++) {
			int index = i;
			advisors[i] = users.findByUsername(legs.get(i).advisor())
				.orElseThrow(() -> new InvalidFieldException("legs[" + index + "].advisor", "unknown advisor " + legs.get(index).advisor()))
				.id();
		}
		long id = contacts.insert(c, customerId, null)
			.orElseThrow(() -> new InvalidFieldException("externalRef", "recorded meanwhile by another request: retry"));
		for (int i = 0; i < legs.size(); i++) {
			contacts.insertLeg(id, i + 1, advisors[i], legs.get(i));
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("channel", c.channel());
		details.put("customerId", customerId);
		if (customerId != null) {
			Long caseId = attach(id, customerId, c, advisors.length == 0 ? null : advisors[advisors.length - 1], reason);
			details.put("caseId", caseId);
		}
		history.record(CONTACT, id, "recorded", reason, details);
		return new Recorded(get(id), true);
	}

	@Transactional
	public Contact wrapUp(long id, WrapUp wrapUp, String reason) {
		Contact contact = get(id);
		checkReason(wrapUp.reasonCode(), "reasonCode");
		contacts.wrapUp(id, wrapUp.resolved(), wrapUp.notes(), wrapUp.reasonCode());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("resolved", wrapUp.resolved());
		details.put("reasonCode", wrapUp.reasonCode());
		history.record(CONTACT, id, "wrapped up", reason, details);
		if (contact.caseId() != null && wrapUp.resolved() != null) {
			SupportCase supportCase = cases.find(contact.caseId()).orElseThrow();
			followContactOutcome(supportCase, wrapUp.resolved(), contact.endedAt() != null ? contact.endedAt() : clock.instant(), reason);
		}
		return get(id);
	}

	@Transactional
	public SupportCase openCase(long customerId, String reasonCode, String subject, String ownerUsername, String reason) {
		if (customers.findById(customerId).isEmpty()) {
			throw new InvalidFieldException("customerId", "unknown customer " + customerId);
		}
		checkReason(reasonCode, "reasonCode");
		if (subject == null || subject.isBlank()) {
			throw new InvalidFieldException("subject", "subject is required");
		}
		long id = cases.insert(customerId, reasonCode, subject.trim(), CaseStatus.OPEN, ownerId(ownerUsername), clock.instant());
		history.record(CASE, id, "opened", reason, Map.of("customerId", customerId));
		return getCase(id);
	}

	@Transactional
	public SupportCase changeStatus(long caseId, CaseStatus status, String reason) {
		SupportCase supportCase = getCase(caseId);
		if (!supportCase.status().next().contains(status)) {
			throw new InvalidFieldException("status", "a " + supportCase.status() + " case cannot become " + status);
		}
		cases.changeStatus(caseId, status, clock.instant());
		history.record(CASE, caseId, "status " + status, reason, Map.of("from", supportCase.status(), "to", status));
		return getCase(caseId);
	}

	@Transactional
	public SupportCase assign(long caseId, String ownerUsername, String reason) {
		SupportCase supportCase = getCase(caseId);
		Long owner = ownerId(ownerUsername);
		cases.changeOwner(caseId, owner);
		history.record(CASE, caseId, "assigned", reason,
				Map.of("from", String.valueOf(supportCase.ownerId()), "to", String.valueOf(owner)));
		return getCase(caseId);
	}

	public Contact get(long id) {
		return contacts.find(id).orElseThrow(() -> new NotFoundException(CONTACT, id));
	}

	public SupportCase getCase(long id) {
		return cases.find(id).orElseThrow(() -> new NotFoundException(CASE, id));
	}

	private Long attach(long contactId, long customerId, NewContact c, Long lastAdvisor, String reason) {
		Instant at = c.endedAt() != null ? c.endedAt() : c.arrivedAt();
		if (c.caseId() != null) {
			SupportCase explicit = cases.find(c.caseId()).filter(found -> found.customerId() == customerId)
				.orElseThrow(() -> new InvalidFieldException("caseId", "no case " + c.caseId() + " for this customer"));
			contacts.attachToCase(contactId, explicit.id());
			followContactOutcome(explicit, c.resolved(), at, reason);
			return explicit.id();
		}
		CaseAttachmentPolicy.Decision decision = attachment.decide(c.reasonCode(), c.arrivedAt(), cases.ofCustomerForUpdate(customerId));
		if (decision.openNew()) {
			CaseStatus status = Boolean.TRUE.equals(c.resolved()) ? CaseStatus.RESOLVED : CaseStatus.OPEN;
			String subject = reasons.find(c.reasonCode()).map(r -> r.labelFr()).orElse(c.reasonCode());
			long caseId = cases.insert(customerId, c.reasonCode(), subject, status, lastAdvisor, c.arrivedAt());
			contacts.attachToCase(contactId, caseId);
			history.record(CASE, caseId, "opened", reason, Map.of("contactId", contactId));
			return caseId;
		}
		if (decision.existing().isEmpty()) {
			return null;
		}
		SupportCase existing = decision.existing().get();
		contacts.attachToCase(contactId, existing.id());
		if (decision.reopen()) {
			cases.changeStatus(existing.id(), CaseStatus.REOPENED, c.arrivedAt());
			history.record(CASE, existing.id(), "status REOPENED", "repeat contact " + contactId, Map.of("contactId", contactId));
			existing = getCase(existing.id());
		}
		followContactOutcome(existing, c.resolved(), at, reason);
		return existing.id();
	}

	/** A resolved contact resolves its case; an unresolved one on a resolved case reopens it. */
	private void followContactOutcome(SupportCase supportCase, Boolean resolved, Instant at, String reason) {
		if (Boolean.TRUE.equals(resolved) && supportCase.status().unresolved()) {
			cases.changeStatus(supportCase.id(), CaseStatus.RESOLVED, at);
			history.record(CASE, supportCase.id(), "status RESOLVED", reason, Map.of("from", supportCase.status()));
		}
		else if (Boolean.FALSE.equals(resolved) && supportCase.status() == CaseStatus.RESOLVED) {
			cases.changeStatus(supportCase.id(), CaseStatus.REOPENED, at);
			history.record(CASE, supportCase.id(), "status REOPENED", reason, Map.of("from", supportCase.status()));
		}
	}

	private Long customerOf(NewContact c) {
		if (c.customerId() != null) {
			customers.findById(c.customerId())
				.orElseThrow(() -> new InvalidFieldException("customerId", "unknown customer " + c.customerId()));
			return c.customerId();
		}
		if (c.customerReference() != null) {
			return customers.idByReference(c.customerReference())
				.orElseThrow(() -> new InvalidFieldException("customerReference", "unknown customer " + c.customerReference()));
		}
		return null;
	}

	private Long ownerId(String username) {
		if (username == null) {
			return null;
		}
		return users.findByUsername(username).orElseThrow(() -> new InvalidFieldException("owner", "unknown user " + username)).id();
	}

	private void checkReason(String code, String field) {
		if (code != null && reasons.find(code).isEmpty()) {
			throw new InvalidFieldException(field, "unknown contact reason " + code);
		}
	}
}
