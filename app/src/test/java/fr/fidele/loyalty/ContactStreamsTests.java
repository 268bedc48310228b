package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;

import fr.fidele.casefile.BinaryCopyReader;
import fr.fidele.casefile.CopyRows;
import fr.fidele.casefile.InterleavedCopyRows;
import fr.fidele.platform.database.ReportingReads;
import fr.fidele.support.ScenarioDemoCompany;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A full read of the contacts in two COPY streams on one snapshot, on the demo company of {@link LoyaltyScenarioTests}
 * (same settings, so the same application context): every contact once, the months cut where the planner expects
 * half of them.
 */
@ScenarioDemoCompany
class ContactStreamsTests {

	private static final String SELECT = "select c.id from contact_facts c";

	@Autowired
	ReportingReads reporting;

	@Test
	void aFullReadInTwoStreamsReadsEveryContactOnce() {
		long[][] read = reporting.readInParts((connection, snapshot) -> {
			JdbcClient onSnapshot = ReportingReads.jdbc(connection);
			long contacts = onSnapshot.sql("select count(*) from contact_facts").query(Long.class).single();
			long estimated = ReportingReads.estimatedRows(connection, "select id from contact_facts");
			assertThat(estimated).as("enough contacts to be read in two streams").isGreaterThanOrEqualTo(ContactStreams.SPLIT_FROM);
			Instant middle = ContactStreams.middle(connection, estimated);
			long before = onSnapshot.sql("select count(*) from contact_facts where arrived_at < ?").param(Timestamp.from(middle))
				.query(Long.class).single();
			CopyRows inParts = ContactStreams.of(connection, ContactStreams.another(snapshot, estimated), SELECT, estimated);
			assertThat(inParts).as("two streams").isInstanceOf(InterleavedCopyRows.class);
			long[] inTwo = ids(inParts, contacts);
			long[] inOne = ids(new BinaryCopyReader(connection, SELECT), contacts);
			return new long[][] { inTwo, inOne, { contacts, before } };
		});

		long contacts = read[2][0];
		assertThat(read[0]).hasSize((int) contacts).doesNotHaveDuplicates();
		assertThat(read[0]).containsExactly(read[1]);
		assertThat((double) read[2][1] / contacts).as("the earlier half's share").isBetween(0.4, 0.6);
	}

	/** The ids read, sorted. */
	private static long[] ids(CopyRows rows, long contacts) {
		long[] ids = new long[(int) contacts];
		int n = 0;
		try (rows) {
			while (rows.next()) {
				ids[n++] = rows.int8(-1);
			}
		}
		long[] read = Arrays.copyOf(ids, n);
		Arrays.sort(read);
		return read;
	}
}
