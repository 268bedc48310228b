package fr.fidele.contacts;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fr.fidele.casefile.Channel;
import fr.fidele.history.History;
import fr.fidele.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact recorded as it happens, for routing: opened when it arrives, a leg per advisor who takes it (the
 * transfer note on the leg that hands it on), ended with who ended it. The loyalty figures then come from what
 * really happened, not from a summary written afterwards.
 */
@Service
public class LiveContacts {

	private final ContactManagement management;
	private final Contacts contacts;
	private final JdbcClient jdbc;
	private final History history;
	private final ApplicationEventPublisher events;

	LiveContacts(ContactManagement management, Contacts contacts, JdbcClient jdbc, History history, ApplicationEventPublisher events) {
		this.management = management;
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.history = history;
		this.events = events;
	}

	/** Opens the contact of an arriving item, attached to the customer's case when the customer is known. */
	@Transactional
	public long open(Long customerId, Channel channel, Direction direction, String reasonCode, String queue, Instant arrivedAt,
			String externalRef) {
		return open(customerId, null, channel, direction, reasonCode, queue, arrivedAt, externalRef);
	}

	/** A contact that continues {@code caseId} (a reply its channel threaded), or finds or opens its case when null. */
	@Transactional
	public long open(Long customerId, Long caseId, Channel channel, Direction direction, String reasonCode, String queue, Instant arrivedAt,
			String externalRef) {
		NewContact contact = new NewContact(customerId, null, caseId, channel, direction, reasonCode, queue, arrivedAt, arrivedAt,
				null, null, null, false, false, null, null, externalRef, null);
		return management.record(contact, "routing").contact().id();
	}

	/** The advisor who last spoke with a customer, and how that contact ended (SYSTEM: it was cut off). */
	public record Handled(long advisorId, EndedBy endedBy) {
	}

	/** The last contact of the customer since {@code since}, other than {@code exceptContact}, that an advisor took. */
	public Optional<Handled> lastHandled(long customerId, long exceptContact, Instant since) {
		return jdbc.sql("""
				select l.advisor_id, c.ended_by
				from contact c join contact_leg l on l.contact_id = c.id and l.contact_arrived_at = c.arrived_at
				where c.customer_id = ? and c.id <> ? and c.arrived_at >= ? and l.advisor_id is not null
				order by c.arrived_at desc, c.id desc, l.seq desc limit 1""")
			.params(customerId, exceptContact, Contacts.ts(since))
			.query((rs, n) -> new Handled(rs.getLong(1), rs.getString(2) == null ? null : EndedBy.valueOf(rs.getString(2))))
			.optional();
	}

	/** An advisor takes the contact: the first answer is kept, and a leg starts unless theirs is already open. */
	@Transactional
	public void answered(long contactId, long advisorId, Instant at) {
		// the leg below is inserted from its contact's row (for its month), so a missing contact must be caught here
		int found = jdbc.sql("update contact set answered_at = coalesce(answered_at, ?), version = version + 1 where id = ?")
			.params(Contacts.ts(at), contactId).update();
		if (found == 0) {
			throw new NotFoundException(ContactManagement.CONTACT, contactId);
		}
		jdbc.sql("""
				insert into contact_leg (contact_id, contact_arrived_at, seq, advisor_id, started_at)
				select c.id, c.arrived_at, coalesce((select max(seq) from contact_leg where contact_id = c.id), 0) + 1, ?, ?
				from contact c where c.id = ?
				and not exists (select 1 from contact_leg where contact_id = c.id and advisor_id = ? and ended_at is null)""")
			.params(advisorId, Contacts.ts(at), contactId, advisorId).update();
	}

	/**
	 * An advisor's written answer to the contact left (an e-mail reply, a message): the first one is kept, the time to
	 * first response of a written contact, as {@code answered_at} is a call's.
	 */
	@Transactional
	public void responded(long contactId, Instant at) {
		jdbc.sql("update contact set first_response_at = coalesce(first_response_at, ?), version = version + 1 where id = ?")
			.params(Contacts.ts(at), contactId).update();
	}

	/** The current leg ends because the advisor hands the contact on, with the note the next advisor reads first. */
	@Transactional
	public void transferred(long contactId, Instant at, String note, String target) {
		jdbc.sql("""
				update contact_leg set ended_at = ?, transfer_note = ?
				where contact_id = ? and ended_at is null""")
			.params(Contacts.ts(at), note, contactId).update();
		history.record(ContactManagement.CONTACT, contactId, "transferred", note, Map.of("to", target));
	}

	/** The advisor lost the contact without ending it (their workspace vanished): the leg ends, the contact goes on. */
	@Transactional
	public void legLost(long contactId, Instant at) {
		endOpenLeg(contactId, at);
	}

	/** The contact ends; a contact nobody answered and that the customer left is abandoned. */
	@Transactional
	public void ended(long contactId, Instant at, EndedBy endedBy) {
		jdbc.sql("""
				update contact set ended_at = coalesce(ended_at, greatest(?, arrived_at)),
				    ended_by = coalesce(ended_by, case when answered_at is null and ? = 'CUSTOMER' then 'ABANDONED' else ? end),
				    version = version + 1
				where id = ?""")
			.params(Contacts.ts(at), endedBy.name(), endedBy.name(), contactId).update();
		endOpenLeg(contactId, at);
	}

	/**
	 * Writes what the switch says of a call over what was recorded: arrival, answer, end, who ended it, and the legs
	 * when it reports some (a transfer note written in Fidèle is kept when the switch sends none).
	 */
	@Transactional
	public void replay(long contactId, CallFacts facts) {
		jdbc.sql("""
				update contact set arrived_at = least(arrived_at, :arrived), queued_at = least(queued_at, :arrived),
				    answered_at = :answered, ended_at = :ended,
				    ended_by = case when :endedBy::text is null then null
				        when :answered::timestamptz is null and :endedBy = 'CUSTOMER' then 'ABANDONED' else :endedBy end,
				    version = version + 1
				where id = :id""")
			.param("arrived", Contacts.ts(facts.arrivedAt())).param("answered", Contacts.ts(facts.answeredAt()))
			.param("ended", Contacts.ts(facts.endedAt())).param("endedBy", facts.endedBy() == null ? null : facts.endedBy().name())
			.param("id", contactId).update();
		if (facts.legs().isEmpty()) {
			return;
		}
		Map<Integer, String> notes = new HashMap<>();
		jdbc.sql("select seq, transfer_note from contact_leg where contact_id = ? and transfer_note is not null").param(contactId)
			.query((rs, n) -> notes.put(rs.getInt(1), rs.getString(2))).list();
		jdbc.sql("delete from contact_leg where contact_id = ?").param(contactId).update();
		int seq = 0;
		for (CallFacts.LegFact leg : facts.legs()) {
			seq++;
			String note = leg.transferNote() != null ? leg.transferNote() : notes.get(seq);
			contacts.insertLeg(contactId, seq, leg.advisorId(), new NewLeg(null, leg.startedAt(), leg.endedAt(), note));
		}
	}

	/** The customer's identity was checked: it stays checked for the rest of the contact, through transfers. */
	@Transactional
	public void identityVerified(long contactId, String byUsername) {
		jdbc.sql("update contact set identity_verified = true, version = version + 1 where id = ?").param(contactId).update();
		history.record(ContactManagement.CONTACT, contactId, "identity verified", "routing", Map.of("by", byUsername));
		events.publishEvent(new IdentityVerified(contactId, management.get(contactId).customerId(), byUsername));
	}

	/**
	 * A contact that came without a customer (an unknown e-mail sender, an unidentified caller) turns out to be this
	 * customer's, on this case; a contact that already has a customer is left as it is.
	 */
	@Transactional
	public void identified(long contactId, long customerId, long caseId, String reason) {
		int changed = jdbc.sql("update contact set customer_id = ?, case_id = ?, version = version + 1 where id = ? and customer_id is null")
			.params(customerId, caseId, contactId).update();
		if (changed > 0) {
			history.record(ContactManagement.CONTACT, contactId, "identified", reason, Map.of("customer", customerId, "case", caseId));
		}
	}

	/** The advisor's wrap-up: reason, resolved or not, notes (and the case follows). */
	public Contact wrapUp(long contactId, WrapUp wrapUp, String byUsername) {
		return management.wrapUp(contactId, wrapUp, "wrap-up by " + byUsername);
	}

	private void endOpenLeg(long contactId, Instant at) {
		jdbc.sql("update contact_leg set ended_at = ? where contact_id = ? and ended_at is null")
			.params(Contacts.ts(at), contactId).update();
	}
}
