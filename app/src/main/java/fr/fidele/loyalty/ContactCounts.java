package fr.fidele.loyalty;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.fidele.casefile.IdIndex;
import fr.fidele.casefile.ContactFlags;
import fr.fidele.casefile.ContactRow;
import fr.fidele.casefile.ContactTally;
import fr.fidele.casefile.LocalDays;
import fr.fidele.casefile.TallyCounts;
import fr.fidele.casefile.Exposure;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.casefile.CustomerRow;
import fr.fidele.casefile.BinaryCopyReader;
import fr.fidele.casefile.CopyRows;
import fr.fidele.platform.database.ReportingReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts the answered and abandoned contacts of a filter two ways at once: by the advisor of the first leg and
 * case-mix cell, for the integrity check and the advisor contributions, and by queue, for the integrity of each
 * queue. The contacts stream out of PostgreSQL in COPY's binary format and are counted here against the customers
 * held in arrays: grouping ten million rows on seven keys costs PostgreSQL several times longer.
 */
@Repository
class ContactCounts {

	private static final Logger log = LoggerFactory.getLogger(ContactCounts.class);

	private static final Function<Customers, ExposureSink> NO_EXPOSURES = customers -> (customer, seconds, mask) -> {
	};

	private final ReportingReads reporting;
	private final Reasons reasons;

	ContactCounts(ReportingReads reporting, Reasons reasons) {
		this.reporting = reporting;
		this.reasons = reasons;
	}

	/**
	 * Receives, for every contact of a customer, the customer's position in {@link Customers}, the arrival in
	 * epoch seconds, and which exposures the contact meets (bit {@code e} for the exposure {@code e}).
	 */
	interface ExposureSink {
		void contact(int customer, double arrivedSeconds, long exposures);
	}

	/**
	 * What a scan of the contacts gives: the counts, the customers they were counted against, the contacts read as
	 * columns, the team of each advisor by id (-1: none) as the contacts were read, and the contacts erased since the
	 * time a fold asked about (none for a full scan).
	 */
	record Scan(TallyCounts counts, Customers customers, ContactColumns columns, long[] teamOfAdvisor, long[] erased) {
	}

	/**
	 * Every contact once, for a recomputation: counted as {@link #read} does, and passed with the exposures it
	 * meets to the sink that {@code sinks} makes for the customers read, so that one scan of the contacts feeds
	 * both the counts and the churn models. The scan may run twice (a read the replica cancels is read again from the
	 * primary): {@code sinks} must make a fresh sink each time.
	 */
	Scan scan(LocalDate asOf, List<Exposure> exposures, Function<Customers, ExposureSink> sinks) {
		return scan(asOf, null, null, exposures, sinks);
	}

	/**
	 * The contacts a fold reads again (see {@link ContactsInMemory}): those numbered above {@code largestId}, those
	 * that arrived from {@code since} on, those of the cases resolved from then on, those the contacts module logged
	 * as changed after their end from then on, and {@code open} ones, with every customer read again; and the contacts
	 * erased from then on. Each part is one an index finds.
	 */
	Scan recent(LocalDate asOf, long largestId, Instant since, long[] open) {
		String from = "timestamptz " + BinaryCopyReader.literal(since.toString());
		List<String> conditions = List.of("c.id > " + largestId, "c.arrived_at >= " + from,
				"c.id = any(array[%s]::int8[])".formatted(Arrays.stream(open).mapToObj(Long::toString).collect(Collectors.joining(","))),
				"c.case_id = any(array(select id from case_facts where resolved_at >= %s))".formatted(from),
				"c.id = any(array(select contact_id from contact_change_facts where changed_at >= %s))".formatted(from));
		return scan(asOf, conditions, since, List.of(), NO_EXPOSURES);
	}

	/** The contacts of {@code contact_facts c} that any of {@code conditions} keeps (null: every contact). */
	private Scan scan(LocalDate asOf, List<String> conditions, Instant changesSince, List<Exposure> exposures,
			Function<Customers, ExposureSink> sinks) {
		if (exposures.size() > Long.SIZE - 1) {
			throw new IllegalStateException("at most 63 exposures fit in one contact's mask: " + exposures.size());
		}
		List<String> codes = reasons.all().stream().map(Reason::code).toList();
		Map<String, Integer> reasonNumbers = ContactTally.reasonNumbers(codes);
		// The customers, the advisors and the contacts are read in one snapshot, from the read replica if there is one.
		return reporting.readInParts((connection, snapshot) -> {
			long started = System.nanoTime();
			// The planner's estimate of a full read: the room its columns take at once, and whether it is large enough for
			// another connection on its snapshot, for the legs and for half of the contacts (decision 38).
			long estimated = conditions == null ? ReportingReads.estimatedRows(connection, "select id from contact_facts") : 0;
			Connection other = ContactStreams.another(snapshot, estimated);
			Customers customers = customers(connection);
			ExposureSink sink = sinks.apply(customers);
			long[] teams = teams(connection);
			long customersRead = System.nanoTime();
			// Some contacts only (a fold): their condition evaluated once, then they and what joins to them are read by key.
			ContactJoins.Named named = null;
			if (conditions != null) {
				named = ContactJoins.Named.of(connection, conditions);
				ContactJoins.Named.joinByKeyFromNowOn(connection);
			}
			long namedRead = System.nanoTime();
			ContactJoins joins = ContactJoins.read(connection, other, named, !exposures.isEmpty());
			long joinsRead = System.nanoTime();
			// The contacts' own columns only: what the figures derive from them is derived in memory (ContactRow), and
			// what joins to them is joined in memory (ContactJoins).
			String select = "select " + ContactRow.COLUMNS + " from "
					+ (named == null ? "contact_facts c"
							: named.relation() + " join contact_facts c on c.id = n.id and c.arrived_at = n.arrived_at");
			ContactTally tally = new ContactTally(customers.caseMix(), asOf.toEpochDay(), codes.size() + 1, teams.length - 1L, true);
			// Room for every contact of a full read at once (the estimate and a twentieth): growing by half each time ten
			// million rows ran out of room allocated and copied gigabytes.
			ContactColumns columns = new ContactColumns(codes, (int) Math.min(Integer.MAX_VALUE - 8, estimated * 21 / 20 + 4096));
			LocalDays days = new LocalDays(ZoneId.systemDefault());
			ContactRow contact = new ContactRow();
			try (CopyRows rows = named == null ? ContactStreams.of(connection, other, select, estimated)
					: new BinaryCopyReader(connection, select)) {
				while (rows.next()) {
					contact.read(rows);
					joins.join(contact);
					int customer = contact.customerId == ContactRow.NONE ? -1 : customers.indexOf(contact.customerId);
					double arrived = contact.arrivedSeconds();
					int day = days.of(contact.arrivedEpochSecond());
					int channel = contact.channel.ordinal();
					int reason = contact.reasonCode == null ? 0 : reasonNumbers.getOrDefault(contact.reasonCode, 0);
					int flags = ContactFlags.of(contact);
					tally.add(customer, arrived, day, channel, reason, contact.queue, contact.advisor, flags);
					long met = met(exposures, contact);
					if (customer >= 0 && met != 0) {
						sink.contact(customer, arrived, met);
					}
					int row = columns.append();
					columns.id[row] = contact.id;
					columns.customer[row] = customer;
					columns.arrived[row] = arrived;
					columns.day[row] = day;
					columns.channel[row] = (byte) channel;
					columns.reason[row] = (short) reason;
					columns.queue[row] = columns.queueNumberAdding(contact.queue);
					columns.advisor[row] = Math.toIntExact(contact.advisor);
					columns.flags[row] = (short) flags;
					columns.request[row] = joins.requestKey(contact);
					columns.wait[row] = contact.waitSeconds();
					columns.handle[row] = contact.handleSeconds();
					columns.firstResponse[row] = contact.firstResponseSeconds();
					columns.resolution[row] = contact.resolutionSeconds();
				}
			}
			long rowsRead = System.nanoTime();
			columns.completed();
			long ordered = System.nanoTime();
			long[] erased = changesSince == null ? new long[0] : erased(connection, changesSince);
			// where a read's time goes, for whoever tunes the database or the fold's interval
			log.debug("Loyalty: {} contacts read: customers and teams {} ms, contacts named {} ms, joins {} ms, rows {} ms, "
					+ "put in order {} ms", columns.size, millis(started, customersRead), millis(customersRead, namedRead),
					millis(namedRead, joinsRead), millis(joinsRead, rowsRead), millis(rowsRead, ordered));
			return new Scan(tally.counts(), customers, columns, teams, erased);
		});
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/** Which exposures the contact meets: bit {@code e} for the exposure {@code e}. */
	private static long met(List<Exposure> exposures, ContactRow contact) {
		long met = 0;
		for (int e = 0; e < exposures.size(); e++) {
			if (exposures.get(e).test().test(contact)) {
				met |= 1L << e;
			}
		}
		return met;
	}

	/**
	 * Every customer's segment, start, value band and departure day (-1: still here), as epoch days; ids sorted.
	 */
	record Customers(long[] ids, int[] segment, int[] sinceDay, int[] valueBand, int[] churnDay, IdIndex index) {

		int size() {
			return ids.length;
		}

		/** The customer's position, -1 when not read. */
		int indexOf(long id) {
			return index.indexOf(id);
		}

		ContactTally.CaseMix caseMix() {
			return new ContactTally.CaseMix(segment, sinceDay, valueBand, churnDay);
		}
	}

	/** The contacts the contacts module logged as erased from {@code since} on (V53). */
	private static long[] erased(Connection connection, Instant since) {
		return ReportingReads.jdbc(connection).sql("select distinct contact_id from contact_change_facts where erased and changed_at >= ?")
			.param(Timestamp.from(since)).query(Long.class).list().stream().mapToLong(Long::longValue).toArray();
	}

	/** The team of each advisor by id, -1 for none; as long as the largest user id plus one. */
	private static long[] teams(Connection connection) {
		JdbcClient jdbc = ReportingReads.jdbc(connection);
		long largest = jdbc.sql("select coalesce(max(id), 0) from user_facts").query(Long.class).single();
		if (largest > Integer.MAX_VALUE - 1) {
			throw new IllegalStateException("user ids beyond 2^31 are not held in memory: " + largest);
		}
		long[] teams = new long[(int) largest + 1];
		Arrays.fill(teams, -1);
		jdbc.sql("select id, team_id from user_facts where team_id is not null").query(rs -> {
			teams[(int) rs.getLong(1)] = rs.getLong(2);
		});
		return teams;
	}

	private static Customers customers(Connection connection) throws SQLException {
		int n = ReportingReads.jdbc(connection).sql("select count(*) from customer_facts").query(Integer.class).single();
		long[] ids = new long[n];
		int[] segment = new int[n];
		int[] since = new int[n];
		int[] value = new int[n];
		int[] churn = new int[n];
		int size = 0;
		CustomerRow customer = new CustomerRow();
		try (BinaryCopyReader rows = new BinaryCopyReader(connection, CustomerRow.query("true") + " limit " + n)) {
			while (rows.next()) {
				customer.read(rows);
				ids[size] = customer.id;
				segment[size] = customer.segment;
				since[size] = customer.sinceDay;
				value[size] = customer.valueBand;
				churn[size] = customer.churnDay;
				size++;
			}
		}
		long[] known = Arrays.copyOf(ids, size);
		return new Customers(known, segment, since, value, churn, IdIndex.of(known, size));
	}
}
