package fr.fidele.customers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.fidele.history.History;
import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on customers, as advisors and feeds say them: register, update, record an outcome. */
@Service
public class CustomerManagement {

	static final String ENTITY = "customer";

	private final Customers customers;
	private final History history;
	private final ApplicationEventPublisher events;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ConsentHistory consents;

	CustomerManagement(Customers customers, History history, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock,
			ConsentHistory consents) {
		this.consents = consents;
		this.customers = customers;
		this.history = history;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Registers a customer and their subscription on the day they became a customer. */
	@Transactional
	public Customer register(NewCustomer request, String reason) {
		NewCustomer customer = CustomerRules.check(request, LocalDate.now(clock));
		if (customers.idByReference(customer.reference()).isPresent()) {
			throw new InvalidFieldException("reference", "referenceTaken", customer.reference());
		}
		checkIdentitiesFree(customer.identities(), null);
		long id = customers.insert(customer);
		customers.replaceIdentities(id, customer.identities());
		customers.insertOutcome(id, new NewOutcome(OutcomeType.SUBSCRIBED, customer.customerSince(),
				customer.monthlyValue(), null, null), CurrentActor.name());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reference", customer.reference());
		details.put("segment", customer.segment());
		history.record(ENTITY, id, "registered", reason, details);
		consents.record(id, Consent.NONE, customer.consent() == null ? Consent.NONE : customer.consent(), reason);
		events.publishEvent(new CustomerRegistered(id, customer.reference(), customer.segment()));
		return get(id);
	}

	@Transactional
	public Customer update(long id, CustomerChanges changes, String reason) {
		Customer before = get(id);
		List<Identity> identities = changes.identities() == null ? before.identities() : CustomerRules.normalised(changes.identities());
		checkIdentitiesFree(identities, id);
		Customer after = new Customer(id, before.reference(), changes.name() == null ? before.name() : CustomerRules.text(changes.name(), "name", CustomerRules.MAX_NAME),
				changes.language() == null ? before.language() : CustomerRules.language(changes.language()),
				changes.segment() == null ? before.segment() : changes.segment(),
				changes.expertise() == null ? before.expertise() : changes.expertise(),
				changes.monthlyValue() == null ? before.monthlyValue() : CustomerRules.money(changes.monthlyValue(), "monthlyValue"),
				before.customerSince(), changes.consent() == null ? before.consent() : changes.consent(),
				changes.notes() == null ? before.notes() : changes.notes(), before.churnedOn(), identities,
				before.version());
		if (!customers.update(after)) {
			throw new OptimisticLockingFailureException("customer " + id + " was changed meanwhile");
		}
		if (changes.identities() != null) {
			customers.replaceIdentities(id, identities);
		}
		Map<String, Object> differences = CustomerDifferences.between(before, after);
		history.record(ENTITY, id, "updated", reason, differences);
		consents.record(id, before.consent(), after.consent(), reason);
		if (!differences.isEmpty()) {
			events.publishEvent(new CustomerChanged(id, Set.copyOf(differences.keySet())));
		}
		return get(id);
	}

	/**
	 * Adds an identity a channel found for the customer (the address or number an unknown writer turned out to be
	 * theirs), unless another customer already has it; returns whether it was added.
	 */
	@Transactional
	public boolean addIdentity(long customerId, Identity identity, String reason) {
		Identity normal = Identities.normalise(identity.kind(), identity.value(), "identity");
		if (customers.idByIdentity(normal.kind(), normal.value()).isPresent()) {
			return false;
		}
		List<Identity> identities = new ArrayList<>(get(customerId).identities());
		identities.add(normal);
		update(customerId, new CustomerChanges(null, null, null, null, null, null, null, identities), reason);
		return true;
	}

	/**
	 * Records an outcome event and derives the churn date again. With an external reference already
	 * recorded, nothing changes and the result is empty: a replayed feed is harmless.
	 */
	@Transactional
	public Optional<OutcomeEvent> recordOutcome(long customerId, NewOutcome outcome, String reason) {
		Customer customer = get(customerId);
		if (outcome.type() == null) {
			throw new InvalidFieldException("type", "required");
		}
		if (outcome.occurredOn() == null) {
			throw new InvalidFieldException("occurredOn", "required");
		}
		if (outcome.occurredOn().isBefore(customer.customerSince())) {
			throw new InvalidFieldException("occurredOn", "beforeCustomerSince", customer.customerSince());
		}
		if (outcome.monthlyValue() != null) {
			CustomerRules.money(outcome.monthlyValue(), "monthlyValue");
		}
		Optional<Long> id = customers.insertOutcome(customerId, outcome, CurrentActor.name());
		if (id.isEmpty()) {
			return Optional.empty();
		}
		List<OutcomeEvent> outcomes = customers.outcomes(customerId);
		LocalDate churned = Lifecycle.churnDate(outcomes);
		BigDecimal value = outcome.monthlyValue() == null ? customer.monthlyValue() : outcome.monthlyValue();
		jdbc.sql("update customer set churned_on = ?, monthly_value = ?, updated_at = now(), version = version + 1 where id = ?")
			.params(churned, value, customerId).update();
		history.record(ENTITY, customerId, "outcome " + outcome.type(), reason,
				Map.of("occurredOn", outcome.occurredOn().toString(), "churnedOn", String.valueOf(churned)));
		events.publishEvent(new OutcomeRecorded(customerId, id.get(), outcome.type(), outcome.occurredOn(), churned));
		return outcomes.stream().filter(event -> event.id() == id.get()).findFirst();
	}

	public Customer get(long id) {
		return customers.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private void checkIdentitiesFree(List<Identity> identities, Long self) {
		for (int i = 0; i < identities.size(); i++) {
			Identity identity = identities.get(i);
			Optional<Long> owner = jdbc.sql("select customer_id from customer_identity where kind = ? and value = ?")
				.params(identity.kind().name(), identity.value()).query(Long.class).optional();
			if (owner.isPresent() && !owner.get().equals(self)) {
				throw new InvalidFieldException("identities[" + i + "].value", "identityTaken",
						identity.value(), owner.get());
			}
		}
	}
}
