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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on contacts and cases: record a contact, wrap it up, open a case, move or assign it. */
@Service
public class ContactManagement {

	static final String CONTACT = "contact";
	static final String CASE = CaseLifecycle.CASE;

	private final Contacts contacts;
	private final Cases cases;
	private final Reasons reasons;
	private final Customers customers;
	private final Users users;
	private final History history;
	private final CaseLifecycle lifecycle;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ContactMonths months;

	ContactManagement(Contacts contacts, Cases cases, Reasons reasons, Customers customers, Users users,
			History history, CaseLifecycle lifecycle, ApplicationEventPublisher events, Clock clock, ContactMonths months) {
		this.contacts = contacts;
		this.cases = cases;
		this.reasons = reasons;
		this.customers = customers;
		this.users = users;
		this.history = history;
		this.lifecycle = lifecycle;
		this.events = events;
		this.clock = clock;
		this.months = months;
	}

	/** The outcome of recording: the contact, and whether it was new or already known by its external reference. */
	public record Recorded(Contact contact, boolean created) {
	}

	@Transactional
	public Recorded record(NewContact c, String reason) {
		ContactRules.check(c);
		// first, before this transaction writes anything a partition's creation would wait for
		months.prepare(c.arrivedAt(), c.arrivedAt());
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
				.orElseThrow(() -> new InvalidFieldException("legs[" + index + "].advisor", "unknownAdvisor", legs.get(index).advisor()))
				.id();
		}
		Optional<Long> inserted = contacts.insert(c, customerId, null);
		if (inserted.isEmpty()) {
			// A concurrent request with the same externalRef won: the insert waited for its commit, and this statement's
			// fresh snapshot (read committed) sees its contact, answered as a sequential retry would be.
			return new Recorded(get(contacts.idByExternalRef(c.externalRef()).orElseThrow()), false);
		}
		long id = inserted.get();
		for (int i = 0; i < legs.size(); i++) {
			contacts.insertLeg(id, i + 1, advisors[i], legs.get(i));
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("channel", c.channel());
		details.put("customerId", customerId);
		Long caseId = null;
		if (customerId != null) {
			caseId = lifecycle.attach(id, customerId, c, advisors.length == 0 ? null : advisors[advisors.length - 1], reason);
			details.put("caseId", caseId);
		}
		history.record(CONTACT, id, "recorded", reason, details);
		events.publishEvent(new ContactRecorded(id, customerId, caseId, c.channel(), c.arrivedAt()));
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
		events.publishEvent(new ContactWrappedUp(id, contact.customerId(), contact.caseId(), wrapUp.resolved(), wrapUp.reasonCode()));
		if (contact.caseId() != null && wrapUp.resolved() != null) {
			SupportCase supportCase = cases.find(contact.caseId()).orElseThrow();
			lifecycle.followContactOutcome(supportCase, wrapUp.resolved(),
					contact.endedAt() != null ? contact.endedAt() : clock.instant(), reason, id);
		}
		return get(id);
	}

	@Transactional
	public SupportCase openCase(long customerId, String reasonCode, String subject, String ownerUsername, String reason) {
		if (customers.findById(customerId).isEmpty()) {
			throw new InvalidFieldException("customerId", "unknownCustomer", customerId);
		}
		checkReason(reasonCode, "reasonCode");
		if (subject == null || subject.isBlank()) {
			throw new InvalidFieldException("subject", "required");
		}
		long id = lifecycle.open(customerId, reasonCode, subject.trim(), CaseStatus.OPEN, ownerId(ownerUsername), clock.instant(), null,
				reason);
		return getCase(id);
	}

	@Transactional
	public SupportCase changeStatus(long caseId, CaseStatus status, String reason) {
		if (reason == null || reason.isBlank()) {
			// the history says why a case moved: spaces say nothing
			throw new InvalidFieldException("reason", "required");
		}
		SupportCase supportCase = getCase(caseId);
		if (!supportCase.status().next().contains(status)) {
			throw new InvalidFieldException("status", "caseCannotBecome", supportCase.status(), status);
		}
		lifecycle.move(supportCase, status, clock.instant(), reason.strip(), null);
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

	private Long customerOf(NewContact c) {
		if (c.customerId() != null) {
			customers.findById(c.customerId())
				.orElseThrow(() -> new InvalidFieldException("customerId", "unknownCustomer", c.customerId()));
			return c.customerId();
		}
		if (c.customerReference() != null) {
			return customers.idByReference(c.customerReference())
				.orElseThrow(() -> new InvalidFieldException("customerReference", "unknownCustomer", c.customerReference()));
		}
		return null;
	}

	private Long ownerId(String username) {
		if (username == null) {
			return null;
		}
		return users.findByUsername(username).orElseThrow(() -> new InvalidFieldException("owner", "unknownUser", username)).id();
	}

	private void checkReason(String code, String field) {
		if (code != null && reasons.find(code).isEmpty()) {
			throw new InvalidFieldException(field, "unknownReason", code);
		}
	}
}
