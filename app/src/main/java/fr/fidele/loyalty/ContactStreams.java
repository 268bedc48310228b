package fr.fidele.loyalty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.fidele.casefile.BinaryCopyReader;
import fr.fidele.casefile.CopyRows;
import fr.fidele.casefile.InterleavedCopyRows;
import fr.fidele.platform.database.ReportingReads;
import fr.fidele.platform.database.SameSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every contact's row for a full read: from {@value #SPLIT_FROM} contacts on, in two COPY streams on the read's
 * snapshot, the earlier and the later half of the months, each produced by a backend of its own and read in turns by
 * one thread. PostgreSQL's side is most of a full read (by hand on the 1M-customer demo: 20 s for one stream of its
 * 11.7 million contacts, with the application's side taking 9 s of a core meanwhile), and one backend uses one core.
 */
final class ContactStreams {

	private static final Logger log = LoggerFactory.getLogger(ContactStreams.class);
	static final long SPLIT_FROM = 100_000;
	/** Rows read from one stream before the other's turn: its backend meanwhile writes ahead into the connection. */
	private static final int BATCH = 1_024;
	/** The bisection for the middle stops at an hour: halves within a few percent are as good as equal. */
	private static final long RESOLUTION_SECONDS = 3_600;
	private static final long LATEST_SECONDS = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();

	private ContactStreams() {
	}

	/**
	 * Another connection on the read's snapshot for a full read of {@code estimated} contacts, null when the read is
	 * too small to be split or when none can be had (every connection of the pool in use, or another server behind the
	 * same address): the read then goes on on its own connection.
	 */
	static Connection another(SameSnapshot snapshot, long estimated) throws SQLException {
		if (estimated < SPLIT_FROM) {
			return null;
		}
		try {
			return snapshot.another();
		}
		catch (SameSnapshot.Unavailable e) {
			log.info("Loyalty: no second connection for the contacts' read ({}): read on one", e.getMessage());
			return null;
		}
	}

	/**
	 * @param other     another connection on the snapshot ({@link #another}), null: one stream
	 * @param select    the select list and from clause of contact_facts c (no condition)
	 * @param estimated how many contacts the planner expects
	 */
	static CopyRows of(Connection connection, Connection other, String select, long estimated) throws SQLException {
		if (other == null) {
			return new BinaryCopyReader(connection, select);
		}
		String middle = "timestamptz " + BinaryCopyReader.literal(middle(connection, estimated).toString());
		List<BinaryCopyReader> parts = new ArrayList<>(2);
		try {
			parts.add(new BinaryCopyReader(connection, select + " where c.arrived_at < " + middle));
			parts.add(new BinaryCopyReader(other, select + " where c.arrived_at >= " + middle));
		}
		catch (SQLException | RuntimeException e) {
			parts.forEach(BinaryCopyReader::close);
			throw e;
		}
		return new InterleavedCopyRows(parts, BATCH);
	}

	/** The arrival before which the planner expects half the contacts: a bisection on its estimates, months pruned. */
	static Instant middle(Connection connection, long estimated) {
		long early = 0;
		long late = LATEST_SECONDS;
		while (late - early > RESOLUTION_SECONDS) {
			long mid = early + (late - early) / 2;
			String before = "select id from contact_facts c where c.arrived_at < timestamptz "
					+ BinaryCopyReader.literal(Instant.ofEpochSecond(mid).toString());
			if (2 * ReportingReads.estimatedRows(connection, before) < estimated) {
				early = mid;
			}
			else {
				late = mid;
			}
		}
		return Instant.ofEpochSecond(late);
	}
}
