package fr.fidele.casefile;

import java.util.Arrays;
import java.util.stream.Collectors;

/** One customer as the loyalty computations read it from {@code customer_facts}; one instance refilled for every row. */
public final class CustomerRow {

	/** The segments in their enum order, as an SQL array: a segment's ordinal is its position in it, less one. */
	private static final String SEGMENTS = Arrays.stream(Segment.values()).map(segment -> "'" + segment.name() + "'")
		.collect(Collectors.joining(", ", "array[", "]::text[]"));

	public long id;
	/** The segment's ordinal. */
	public int segment;
	/** The first day of the relationship, as an epoch day. */
	public int sinceDay;
	/** The monthly value's band: 0 under 40, 1 under 100, 2 from 100 on or unknown. */
	public int valueBand;
	/** The day they left, as an epoch day, -1 for a customer who stays. */
	public int churnDay;

	/**
	 * The customers that {@code condition} keeps (on the columns of {@code customer_facts}; {@code true} for all), in
	 * id order, in the columns {@link #read} takes. A customer without a monthly value falls in the highest value
	 * band, as NULL < 40 is not true.
	 */
	public static String query(String condition) {
		return """
				select id, array_position(%s, segment) - 1,
				    customer_since - date '1970-01-01',
				    case when monthly_value < 40 then 0 when monthly_value < 100 then 1 else 2 end,
				    coalesce(churned_on - date '1970-01-01', -1)
				from customer_facts where %s order by id""".formatted(SEGMENTS, condition);
	}

	/** Takes the next row of {@link #query}. */
	public void read(CopyRows rows) {
		id = rows.int8(-1);
		segment = rows.int4(-1);
		if (segment < 0) {
			throw new IllegalStateException("customer " + id + " has a segment Fidèle does not know");
		}
		sinceDay = rows.int4(0);
		valueBand = rows.int4(0);
		churnDay = rows.int4(-1);
	}
}
