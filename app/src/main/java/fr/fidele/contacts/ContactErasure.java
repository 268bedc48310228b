package fr.fidele.contacts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import fr.fidele.history.History;
import fr.fidele.platform.PersonalValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the free text of a customer's case file: wrap-up notes, the words of transfer notes, case subjects (which become the
 * reason's label). The contacts, legs and cases stay as facts (channel, reason, times, advisors, resolution), so that
 * the loyalty figures of the past do not change; their history keeps who did what and when, not what was written. Part of an erasure the privacy module runs in one transaction.
 */
@Service
public class ContactErasure {

	/** The customer's contacts and cases, erased with the free text of their history. */
	public record ErasedCaseFile(List<Long> contactIds, List<Long> caseIds) {
	}

	private final JdbcClient jdbc;
	private final History history;

	ContactErasure(JdbcClient jdbc, History history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	/**
	 * A retention rule: the free text of contacts that ended before {@code cutoff} (wrap-up notes, the words of
	 * transfer notes) is removed, whoever the customer; the contacts stay as facts. Returns the contacts affected.
	 */
	@Transactional
	public int eraseTextBefore(Instant cutoff) {
		Timestamp before = Timestamp.from(cutoff);
		int notes = jdbc.sql("update contact set wrapup_notes = null where wrapup_notes is not null and coalesce(ended_at, arrived_at) < ?")
			.param(before).update();
		int legs = jdbc.sql("""
				update contact_leg set transfer_note = ? where transfer_note is not null and transfer_note <> ?
				and coalesce(ended_at, started_at) < ?""")
			.params(PersonalValues.ERASED, PersonalValues.ERASED, before).update();
		return notes + legs;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public ErasedCaseFile erase(long customerId) {
		List<Long> contactIds = jdbc.sql("update contact set wrapup_notes = null where customer_id = ? returning id").param(customerId)
			.query(Long.class).list();
		// a leg handed over with a note stays one (the loyalty tool measures what a note passed on is worth): only its words go
		jdbc.sql("update contact_leg set transfer_note = ? where contact_id = any(?) and transfer_note is not null")
			.params(PersonalValues.ERASED, contactIds.toArray(Long[]::new)).update();
		List<Long> caseIds = jdbc.sql("""
				update support_case c set subject = coalesce((select r.label_fr from contact_reason r where r.code = c.reason_code), '-'),
				    updated_at = now(), version = version + 1
				where customer_id = ? returning id""")
			.param(customerId).query(Long.class).list();
		history.erase(ContactManagement.CONTACT, contactIds);
		history.erase(CaseLifecycle.CASE, caseIds);
		return new ErasedCaseFile(contactIds, caseIds);
	}
}
