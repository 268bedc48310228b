package fr.fidele.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.fidele.casefile.Channel;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where contacts and their legs are kept. */
@Repository
public class Contacts {

	/** The history entries of a contact are kept under this entity type. */
	public static final String HISTORY_ENTITY = ContactManagement.CONTACT;

	private static final String COLUMNS = """
			id, customer_id, case_id, channel, direction, reason_code, queue, arrived_at, queued_at, answered_at,
			ended_at, ended_by, identity_verified, reidentified_after_transfer, resolved, wrapup_notes, external_ref""";

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Contact> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from contact where id = ?").param(id)
			.query((rs, n) -> map(rs, legs(List.of(id)).getOrDefault(id, List.of()))).optional();
	}

	public Optional<Long> idByExternalRef(String externalRef) {
		// the references' own table (V55): the contacts' months have no index on it in common
		return jdbc.sql("select contact_id from contact_external_ref where external_ref = ?").param(externalRef)
			.query(Long.class).optional();
	}

	/** A customer's contacts, newest first, with their legs (two queries for the whole page). */
	public List<Contact> ofCustomer(long customerId, int limit) {
		return withLegs(jdbc.sql("select " + COLUMNS + " from contact where customer_id = ? order by arrived_at desc, id desc limit ?")
			.params(customerId, limit));
	}

	public List<Contact> ofCase(long caseId) {
		return withLegs(jdbc.sql("select " + COLUMNS + " from contact where case_id = ? order by arrived_at, id").param(caseId));
	}

	private List<Contact> withLegs(JdbcClient.StatementSpec statement) {
		List<Contact> bare = statement.query((rs, n) -> map(rs, List.of())).list();
		Map<Long, List<Leg>> legs = legs(bare.stream().map(Contact::id).toList());
		return bare.stream().map(c -> new Contact(c.id(), c.customerId(), c.caseId(), c.channel(), c.direction(),
				c.reasonCode(), c.queue(), c.arrivedAt(), c.queuedAt(), c.answeredAt(), c.endedAt(), c.endedBy(),
				c.identityVerified(), c.reidentifiedAfterTransfer(), c.resolved(), c.wrapUpNotes(), c.externalRef(),
				legs.getOrDefault(c.id(), List.of()))).toList();
	}

	private Map<Long, List<Leg>> legs(List<Long> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select contact_id, seq, advisor_id, started_at, ended_at, transfer_note from contact_leg
				where contact_id = any(?) order by contact_id, seq""")
			.param(contactIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), new Leg(rs.getInt(2), (Long) rs.getObject(3),
					Cases.instant(rs.getTimestamp(4)), Cases.instant(rs.getTimestamp(5)), rs.getString(6))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Inserts the contact unless one with the same external reference exists; empty when it did (the database's
	 * trigger that claims each reference skips the row, see V55).
	 */
	Optional<Long> insert(NewContact c, Long customerId, Long caseId) {
		return jdbc.sql("""
				insert into contact (customer_id, case_id, channel, direction, reason_code, queue, arrived_at, queued_at,
				    answered_at, ended_at, ended_by, identity_verified, reidentified_after_transfer, resolved,
				    wrapup_notes, external_ref)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(customerId, caseId, c.channel().name(), c.direction().name(), c.reasonCode(), c.queue(),
					ts(c.arrivedAt()), ts(c.queuedAt()), ts(c.answeredAt()), ts(c.endedAt()),
					c.endedBy() == null ? null : c.endedBy().name(), c.identityVerified(),
					c.reidentifiedAfterTransfer(), c.resolved(), c.wrapUpNotes(), c.externalRef())
			.query(Long.class).optional();
	}

	/** Adds a leg in its contact's month (V55); the contact must exist, as the foreign key once made sure. */
	void insertLeg(long contactId, int seq, Long advisorId, NewLeg leg) {
		int inserted = jdbc.sql("""
				insert into contact_leg (contact_id, contact_arrived_at, seq, advisor_id, started_at, ended_at, transfer_note)
				select id, arrived_at, ?, ?, ?, ?, ? from contact where id = ?""")
			.params(seq, advisorId, ts(leg.startedAt()), ts(leg.endedAt()), leg.transferNote(), contactId)
			.update();
		if (inserted == 0) {
			throw new NotFoundException(ContactManagement.CONTACT, contactId);
		}
	}

	void wrapUp(long id, Boolean resolved, String notes, String reasonCode) {
		jdbc.sql("""
				update contact set resolved = coalesce(?, resolved), wrapup_notes = coalesce(?, wrapup_notes),
				    reason_code = coalesce(?, reason_code), version = version + 1 where id = ?""")
			.params(resolved, notes, reasonCode, id).update();
	}

	/** Puts the contact in the case; it opened the request when no contact of the case arrived before it. */
	void attachToCase(long id, long caseId) {
		jdbc.sql("""
				update contact c set case_id = :case, first_of_case = not exists (
				    select 1 from contact e where e.case_id = :case and e.id <> c.id and (e.arrived_at, e.id) < (c.arrived_at, c.id))
				where c.id = :id""")
			.param("case", caseId).param("id", id).update();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Contact map(ResultSet rs, List<Leg> legs) throws SQLException {
		String endedBy = rs.getString("ended_by");
		return new Contact(rs.getLong("id"), (Long) rs.getObject("customer_id"), (Long) rs.getObject("case_id"),
				Channel.valueOf(rs.getString("channel")), Direction.valueOf(rs.getString("direction")),
				rs.getString("reason_code"), rs.getString("queue"), Cases.instant(rs.getTimestamp("arrived_at")),
				Cases.instant(rs.getTimestamp("queued_at")), Cases.instant(rs.getTimestamp("answered_at")),
				Cases.instant(rs.getTimestamp("ended_at")), endedBy == null ? null : EndedBy.valueOf(endedBy),
				rs.getBoolean("identity_verified"), rs.getBoolean("reidentified_after_transfer"),
				(Boolean) rs.getObject("resolved"), rs.getString("wrapup_notes"), rs.getString("external_ref"), legs);
	}
}
