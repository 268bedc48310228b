package fr.fidele.loyalty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL shared by the service measures and their drill-downs, so that a list holds exactly the contacts a figure
 * counted: the filter as a condition on {@code contact c}, and the per-contact values both read.
 */
final class ContactScope {

	/** The contact reasons numbered from 1, so that a customer and a reason make one number. */
	static final String REASONS = "left join (select code, row_number() over (order by code) as n from reason_facts) r "
			+ "on r.code = c.reason_code";
	/**
	 * What request a contact is about: its case, or else its customer and reason, encoded as a negative number that
	 * no case id can take; null for an unidentified caller outside any case, who cannot be followed.
	 */
	static final String REQUEST_KEY = "case when c.case_id is not null then c.case_id "
			+ "when c.customer_id is not null then -(c.customer_id * (select count(*) + 1 from reason_facts) "
			+ "+ coalesce(r.n, 0)) - 1 end";
	/** A finished live inbound contact that was answered or abandoned: what the queue measures count. */
	static final String OFFERED = "(c.direction = 'INBOUND' and c.channel in ('PHONE', 'CHAT', 'CALLBACK', 'IN_PERSON') "
			+ "and c.ended_at is not null and (c.answered_at is not null or c.ended_by = 'ABANDONED'))";
	/** From the queue entry (or the arrival, for an abandon never queued) to the answer or the abandon. */
	static final String WAIT_SECONDS = "extract(epoch from coalesce(c.answered_at, c.ended_at) "
			+ "- coalesce(c.queued_at, c.answered_at, c.arrived_at))";
	static final String HANDLE_SECONDS = "extract(epoch from c.ended_at - c.answered_at)";

	private final String where;
	private final Map<String, Object> params;

	private ContactScope(String where, Map<String, Object> params) {
		this.where = where;
		this.params = params;
	}

	static ContactScope of(ContactFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (filter.from() != null) {
			conditions.add("c.arrived_at >= :from");
			params.put("from", filter.from().atStartOfDay(ContactFilter.ZONE).toOffsetDateTime());
		}
		if (filter.to() != null) {
			conditions.add("c.arrived_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(ContactFilter.ZONE).toOffsetDateTime());
		}
		if (filter.channel() != null) {
			conditions.add("c.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.queue() != null) {
			conditions.add("c.queue = :queue");
			params.put("queue", filter.queue());
		}
		if (filter.reason() != null) {
			conditions.add("c.reason_code = :reason");
			params.put("reason", filter.reason());
		}
		if (filter.teamId() != null) {
			// the first leg found by its contact's id and arrival, and bounded by the period as its contact is, so that
			// the legs of the period's months alone are read (V55)
			String legPeriod = (filter.from() == null ? "" : " and l.contact_arrived_at >= :from")
					+ (filter.to() == null ? "" : " and l.contact_arrived_at < :to");
			conditions.add("exists (select 1 from contact_leg_facts l join user_facts u on u.id = l.advisor_id "
					+ "where l.contact_id = c.id and l.contact_arrived_at = c.arrived_at" + legPeriod
					+ " and l.seq = 1 and u.team_id = :team)");
			params.put("team", filter.teamId());
		}
		if (filter.segment() != null) {
			conditions.add("exists (select 1 from customer_facts cs where cs.id = c.customer_id and cs.segment = :segment)");
			params.put("segment", filter.segment().name());
		}
		return new ContactScope(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
	}

	/** The condition on {@code contact c}. */
	String where() {
		return where;
	}

	/** A copy of the named parameters of {@link #where()}, for the caller to add its own. */
	Map<String, Object> params() {
		return new HashMap<>(params);
	}
}
