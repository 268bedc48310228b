package fr.fidele.contacts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.fidele.history.History;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where a case goes as contacts arrive and advisors act: the case a contact joins or opens, and every move of a case
 * between states, each kept in the history and announced as an event ({@link CaseOpened}, {@link CaseResolved},
 * {@link CaseClosed}, {@link CaseReopened}) in the same transaction.
 */
@Component
class CaseLifecycle {

	static final String CASE = "case";

	private final Cases cases;
	private final Contacts contacts;
	private final Reasons reasons;
	private final History history;
	private final ApplicationEventPublisher events;
	private final CaseAttachmentPolicy attachment;

	CaseLifecycle(Cases cases, Contacts contacts, Reasons reasons, History history, ApplicationEventPublisher events,
			ContactProperties properties) {
		this.cases = cases;
		this.contacts = contacts;
		this.reasons = reasons;
		this.history = history;
		this.events = events;
		this.attachment = new CaseAttachmentPolicy(properties.reopenWindow());
	}

	/** Opens a case; {@code contactId} is the contact that opened it, null when opened by hand. */
	long open(long customerId, String reasonCode, String subject, CaseStatus status, Long ownerId, Instant at, Long contactId,
			String reason) {
		long id = cases.insert(customerId, reasonCode, subject, status, ownerId, at);
		history.record(CASE, id, "opened", reason, contactId == null ? Map.of("customerId", customerId) : Map.of("contactId", contactId));
		events.publishEvent(new CaseOpened(id, customerId, reasonCode, contactId));
		if (status == CaseStatus.RESOLVED) {
			events.publishEvent(new CaseResolved(id, customerId));
		}
		return id;
	}

	/** Moves a case to {@code to}; {@code contactId} is the contact that moved it, if one did. */
	void move(SupportCase supportCase, CaseStatus to, Instant at, String reason, Long contactId) {
		cases.changeStatus(supportCase.id(), to, at);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", supportCase.status());
		details.put("to", to);
		if (contactId != null) {
			details.put("contactId", contactId);
		}
		history.record(CASE, supportCase.id(), "status " + to, reason, details);
		long customerId = supportCase.customerId();
		switch (to) {
			case RESOLVED -> events.publishEvent(new CaseResolved(supportCase.id(), customerId));
			case CLOSED -> events.publishEvent(new CaseClosed(supportCase.id(), customerId));
			case REOPENED -> events.publishEvent(new CaseReopened(supportCase.id(), customerId, contactId));
			case OPEN, WAITING -> {
				// a case waiting on the customer, or back from waiting, is still the same open request
			}
		}
	}

	/**
	 * The case a new contact belongs to: the one it names, else the customer's open case on the same reason, else one
	 * reopened or opened (see {@link CaseAttachmentPolicy}); null when the policy attaches it to none.
	 */
	Long attach(long contactId, long customerId, NewContact c, Long lastAdvisor, String reason) {
		Instant at = c.endedAt() != null ? c.endedAt() : c.arrivedAt();
		if (c.caseId() != null) {
			SupportCase explicit = cases.find(c.caseId()).filter(found -> found.customerId() == customerId)
				.orElseThrow(() -> new InvalidFieldException("caseId", "notCustomersCase", c.caseId()));
			contacts.attachToCase(contactId, explicit.id());
			followContactOutcome(explicit, c.resolved(), at, reason, contactId);
			return explicit.id();
		}
		if (c.reasonCode() == null) {
			return null; // a contact with no reason opens no case by itself (CaseAttachmentPolicy)
		}
		List<SupportCase> candidates = cases.attachableForUpdate(customerId, c.reasonCode(), attachment.resolvedSince(c.arrivedAt()));
		CaseAttachmentPolicy.Decision decision = attachment.decide(c.reasonCode(), c.arrivedAt(), candidates);
		if (decision.openNew()) {
			CaseStatus status = Boolean.TRUE.equals(c.resolved()) ? CaseStatus.RESOLVED : CaseStatus.OPEN;
			String subject = reasons.find(c.reasonCode()).map(r -> r.labelFr()).orElse(c.reasonCode());
			long caseId = open(customerId, c.reasonCode(), subject, status, lastAdvisor, c.arrivedAt(), contactId, reason);
			contacts.attachToCase(contactId, caseId);
			return caseId;
		}
		if (decision.existing().isEmpty()) {
			return null;
		}
		SupportCase existing = decision.existing().get();
		contacts.attachToCase(contactId, existing.id());
		if (decision.reopen()) {
			move(existing, CaseStatus.REOPENED, c.arrivedAt(), "repeat contact " + contactId, contactId);
			existing = cases.find(existing.id()).orElseThrow();
		}
		followContactOutcome(existing, c.resolved(), at, reason, contactId);
		return existing.id();
	}

	/** A resolved contact resolves its case; an unresolved one on a resolved case reopens it. */
	void followContactOutcome(SupportCase supportCase, Boolean resolved, Instant at, String reason, long contactId) {
		if (Boolean.TRUE.equals(resolved) && supportCase.status().unresolved()) {
			move(supportCase, CaseStatus.RESOLVED, at, reason, contactId);
		}
		else if (Boolean.FALSE.equals(resolved) && supportCase.status() == CaseStatus.RESOLVED) {
			move(supportCase, CaseStatus.REOPENED, at, reason, contactId);
		}
	}
}
