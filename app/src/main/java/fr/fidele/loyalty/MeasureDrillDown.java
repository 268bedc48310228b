package fr.fidele.loyalty;

import java.util.List;
import java.util.Map;

import fr.fidele.casefile.Channel;
import fr.fidele.contacts.EndedBy;
import fr.fidele.stats.measures.CallRecords.AbandonedCalls;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contacts behind each {@link Measure}, a page at a time. The conditions restate in SQL the rules the
 * {@code stats} measures apply to the arrays of {@link ContactsInMemory} (same values from {@link ContactScope}, same
 * order of a request's contacts: arrival, then id), so a list holds exactly the contacts the figure counted.
 */
@Repository
class MeasureDrillDown {

	/**
	 * Each contact of the filter with its request: whether it is the request's first contact, and the seconds to
	 * the request's next contact (null for the last one).
	 */
	private static final String SCOPED = """
			with scoped as (
			    select c.id, c.customer_id, c.arrived_at, c.channel, c.queue, c.ended_by, c.resolved, c.answered_at,
			        %s as request_key, %s as offered, %s as wait_seconds, %s as handle_seconds
			    from contact_facts c %s
			    where %%s
			), followed as (
			    select s.*, row_number() over w = 1 as first_of_request,
			        extract(epoch from lead(s.arrived_at) over w - s.arrived_at) as next_after
			    from scoped s where s.request_key is not null
			    window w as (partition by s.request_key order by s.arrived_at, s.id)
			)
			""".formatted(ContactScope.REQUEST_KEY, ContactScope.OFFERED, ContactScope.WAIT_SECONDS,
			ContactScope.HANDLE_SECONDS, ContactScope.REASONS);

	private final JdbcClient jdbc;

	MeasureDrillDown(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ContactPage page(Measure measure, ContactFilter filter, MeasureSettings settings, int page, int size) {
		ContactScope scope = ContactScope.of(filter);
		Map<String, Object> params = scope.params();
		params.put("shortAbandon", settings.shortAbandonSeconds());
		params.put("target", settings.targetSeconds());
		params.put("resolutionSeconds", settings.resolutionDays() * 86_400L);
		params.put("repeatSeconds", measure.repeatWindowDays() * 86_400L);
		String with = SCOPED.formatted(scope.where());
		String source = measure == Measure.FIRST_CONTACT_RESOLUTION || measure.repeatWindowDays() > 0 ? "followed" : "scoped";
		String condition = condition(measure, settings.abandonedCalls());
		long total = jdbc.sql(with + "select count(*) from " + source + " f where " + condition).params(params)
			.query(Long.class).single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<MeasuredContact> contacts = jdbc.sql(with + """
				select f.id, f.customer_id, cu.reference, cu.display_name, f.arrived_at, f.channel, f.queue,
				    case when f.offered then f.wait_seconds end, f.ended_by, f.resolved
				from %s f left join customer_facts cu on cu.id = f.customer_id
				where %s
				order by %s
				limit :limit offset :offset""".formatted(source, condition, order(measure)))
			.params(params)
			.query((rs, n) -> new MeasuredContact(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant(), Channel.valueOf(rs.getString(6)), rs.getString(7),
					rs.getObject(8) == null ? null : rs.getDouble(8),
					rs.getString(9) == null ? null : EndedBy.valueOf(rs.getString(9)), rs.getObject(10, Boolean.class)))
			.list();
		return new ContactPage(measure, contacts, page, size, total);
	}

	/** Which contacts of {@code f} the measure counts: its numerator, or for a rate where higher is better, the rest. */
	private static String condition(Measure measure, AbandonedCalls abandonedCalls) {
		return switch (measure) {
			case CONTACTS -> "true";
			case FIRST_CONTACT_RESOLUTION -> "f.first_of_request and not (f.resolved is true "
					+ "and (f.next_after is null or f.next_after > :resolutionSeconds))";
			case REPEAT_24_HOURS, REPEAT_7_DAYS, REPEAT_30_DAYS -> "f.next_after <= :repeatSeconds";
			case OFFERED -> "f.offered";
			case ABANDONMENT -> "f.offered and f.answered_at is null and f.wait_seconds >= :shortAbandon";
			case SERVICE_LEVEL -> "f.offered and ((f.answered_at is not null and f.wait_seconds > :target)"
					+ missedAbandons(abandonedCalls) + ")";
			case SPEED_OF_ANSWER, HANDLE_TIME -> "f.offered and f.answered_at is not null";
		};
	}

	/** The abandons each variant puts in the service-level denominator, all of them misses. */
	private static String missedAbandons(AbandonedCalls abandonedCalls) {
		return switch (abandonedCalls) {
			case EXCLUDED -> "";
			case COUNTED_AS_MISSED -> " or f.answered_at is null";
			case SHORT_ABANDONS_EXCLUDED -> " or (f.answered_at is null and f.wait_seconds >= :shortAbandon)";
		};
	}

	private static String order(Measure measure) {
		return switch (measure) {
			case SPEED_OF_ANSWER -> "f.wait_seconds desc, f.id";
			case HANDLE_TIME -> "f.handle_seconds desc, f.id";
			default -> "f.arrived_at, f.id";
		};
	}
}
