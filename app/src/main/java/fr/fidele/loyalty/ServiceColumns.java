package fr.fidele.loyalty;

import java.util.Arrays;
import java.util.Map;

import fr.fidele.platform.database.ReportingReads;
import fr.fidele.stats.measures.CallRecords;
import fr.fidele.stats.measures.ContactHistory;
import org.springframework.stereotype.Repository;

/**
 * Reads the contacts of a filter in one streamed pass into the primitive arrays of the {@code stats} measures: the
 * request history for resolution and repeats, the offered calls for the queue measures. Millions of rows go through
 * a cursor (a read-only transaction with a fetch size) instead of being held by the driver, from the read replica
 * when there is one.
 */
@Repository
class ServiceColumns {

	/** The two views of the contacts the measures are computed on. */
	record Columns(long contacts, ContactHistory history, CallRecords calls) {
	}

	private final ReportingReads reporting;

	ServiceColumns(ReportingReads reporting) {
		this.reporting = reporting;
	}

	Columns read(ContactFilter filter) {
		ContactScope scope = ContactScope.of(filter);
		String sql = """
				select %s as request_key, extract(epoch from c.arrived_at), c.resolved is true, %s as offered,
				    c.answered_at is not null, %s, %s
				from contact_facts c %s
				where %s
				order by c.id""".formatted(ContactScope.REQUEST_KEY, ContactScope.OFFERED, ContactScope.WAIT_SECONDS,
				ContactScope.HANDLE_SECONDS, ContactScope.REASONS, scope.where());
		Map<String, Object> params = scope.params();
		return reporting.read(connection -> {
			HistoryColumns history = new HistoryColumns();
			CallColumns calls = new CallColumns();
			long[] contacts = { 0 };
			ReportingReads.jdbc(connection).sql(sql).params(params).query(rs -> {
				contacts[0]++;
				long key = rs.getLong(1);
				if (!rs.wasNull()) {
					history.add(key, rs.getDouble(2), rs.getBoolean(3));
				}
				if (rs.getBoolean(4)) {
					calls.add(rs.getBoolean(5), rs.getDouble(6), rs.getDouble(7));
				}
			});
			return new Columns(contacts[0], history.toHistory(), calls.toCalls());
		});
	}

	/** Grows like a list, without boxing. */
	private static final class HistoryColumns {
		private long[] key = new long[1024];
		private double[] time = new double[1024];
		private boolean[] resolved = new boolean[1024];
		private int size;

		void add(long requestKey, double seconds, boolean wasResolved) {
			if (size == key.length) {
				key = Arrays.copyOf(key, size * 2);
				time = Arrays.copyOf(time, size * 2);
				resolved = Arrays.copyOf(resolved, size * 2);
			}
			key[size] = requestKey;
			time[size] = seconds;
			resolved[size++] = wasResolved;
		}

		ContactHistory toHistory() {
			return new ContactHistory(Arrays.copyOf(key, size), Arrays.copyOf(time, size), Arrays.copyOf(resolved, size));
		}
	}

	/** Grows like a list, without boxing. */
	private static final class CallColumns {
		private boolean[] answered = new boolean[1024];
		private double[] wait = new double[1024];
		private double[] handle = new double[1024];
		private int size;

		void add(boolean wasAnswered, double waitSeconds, double handleSeconds) {
			if (size == answered.length) {
				answered = Arrays.copyOf(answered, size * 2);
				wait = Arrays.copyOf(wait, size * 2);
				handle = Arrays.copyOf(handle, size * 2);
			}
			answered[size] = wasAnswered;
			wait[size] = waitSeconds;
			handle[size++] = wasAnswered ? handleSeconds : 0;
		}

		CallRecords toCalls() {
			return new CallRecords(Arrays.copyOf(answered, size), Arrays.copyOf(wait, size), Arrays.copyOf(handle, size));
		}
	}
}
