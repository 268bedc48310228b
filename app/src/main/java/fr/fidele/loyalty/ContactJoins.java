package fr.fidele.loyalty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

import fr.fidele.casefile.AnswerBits;
import fr.fidele.casefile.BinaryCopyReader;
import fr.fidele.casefile.ContactRow;
import fr.fidele.casefile.IdLookup;
import fr.fidele.casefile.RequestKeys;
import fr.fidele.platform.database.ReportingReads;

/**
 * What the loyalty scan joins to each contact, read beforehand and joined in memory: the advisor of its first leg,
 * its case's resolution, the survey answers about it, and its request key. PostgreSQL joining them to ten million
 * contacts cost several times the reading of each alone (docs/decisions/0029).
 */
final class ContactJoins {

	private final IdLookup advisors;
	private final IdLookup resolutions;
	private final IdLookup answers;
	/** The reasons ranked in code order from 1, as {@link ContactScope#REQUEST_KEY} numbers them. */
	private final RequestKeys requests;

	private ContactJoins(IdLookup advisors, IdLookup resolutions, IdLookup answers, RequestKeys requests) {
		this.advisors = advisors;
		this.resolutions = resolutions;
		this.answers = answers;
		this.requests = requests;
	}

	/**
	 * Reads what joins to the contacts {@code named} names (null: every contact), in the caller's snapshot; the survey
	 * answers only {@code withAnswers} (the experiences read them, the counts do not). Named contacts and cases are
	 * looked up by their keys, one index probe each: a fold's few thousand cost no scan of the legs or the cases. With
	 * {@code other} (another connection on the read's snapshot, {@code SameSnapshot}'s, for a read of every contact
	 * only; null: none), the legs are read on it by a thread of their own meanwhile: a backend scanning every leg while
	 * another reads the cases and the answers. If the read fails before the legs are in, that thread is left to end
	 * when the failed read aborts its connections.
	 */
	static ContactJoins read(Connection connection, Connection other, Named named, boolean withAnswers) throws SQLException {
		String legs = named == null ? "contact_leg_facts l"
				: named.relation() + " join contact_leg_facts l on l.contact_id = n.id and l.contact_arrived_at = n.arrived_at";
		String firstLegs = ContactRow.firstLegAdvisors(legs, "true");
		FutureTask<IdLookup> legsAside = other == null ? null
				: BackgroundWork.start("loyalty-legs", () -> IdLookup.read(other, false, firstLegs));
		String cases = named == null ? "case_facts k" : "unnest(" + named.cases() + ") n(id) join case_facts k on k.id = n.id";
		IdLookup resolutions = IdLookup.read(connection, true, ContactRow.caseResolutions(cases, "true"));
		String ofContacts = named == null ? "" : " and contact_id = any(" + named.contacts() + ")";
		IdLookup answers = !withAnswers ? IdLookup.EMPTY : IdLookup.read(connection, false, AnswerBits.query("true" + ofContacts));
		List<String> codes = new ArrayList<>();
		try (BinaryCopyReader rows = new BinaryCopyReader(connection, "select code from reason_facts order by code")) {
			while (rows.next()) {
				codes.add(rows.text());
			}
		}
		// a failure of the legs' read thrown as on the read's own connection: the reporting read translates it (a server
		// gone is a 503, not a 500) or reads again from the primary
		IdLookup advisors = legsAside != null ? BackgroundWork.finished(legsAside, SQLException.class)
				: IdLookup.read(connection, false, firstLegs);
		return new ContactJoins(advisors, resolutions, answers, new RequestKeys(codes));
	}

	/** Sets the row's advisor, case resolution and answers. */
	void join(ContactRow row) {
		row.advisor = advisors.valueOf(row.id, -1);
		row.caseResolved = row.caseId == ContactRow.NONE ? ContactRow.NONE : resolutions.valueOf(row.caseId, ContactRow.NONE);
		row.answers = (int) answers.valueOf(row.id, 0);
	}

	/** {@link ContactScope#REQUEST_KEY}: the case, or else the customer and reason ({@link RequestKeys}). */
	long requestKey(ContactRow row) {
		return requests.of(row);
	}

	/**
	 * Some contacts, and their cases (each once), as SQL array literals: the contacts' ids with their arrivals, by which
	 * a join finds each in its own month's partition (V55), and the cases' ids.
	 */
	record Named(String contacts, String arrivals, String cases) {

		/** The contacts of {@code contact_facts c} that any of {@code conditions} keeps, and their cases. */
		static Named of(Connection connection, List<String> conditions) {
			StringJoiner contacts = new StringJoiner(",", "array[", "]::int8[]");
			StringJoiner arrivals = new StringJoiner(",", "array[", "]::timestamptz[]");
			Set<Long> cases = new TreeSet<>();
			// one query per condition, each one an index finds, rather than their disjunction, which the planner can
			// only answer by scanning every month
			String union = conditions.stream().map(condition -> "select c.id, c.case_id, c.arrived_at from contact_facts c where " + condition)
				.collect(Collectors.joining(" union "));
			ReportingReads.jdbc(connection).sql(union).query(rs -> {
				contacts.add(Long.toString(rs.getLong(1)));
				long caseId = rs.getLong(2);
				if (!rs.wasNull()) {
					cases.add(caseId);
				}
				arrivals.add("'" + rs.getObject(3, OffsetDateTime.class) + "'");
			});
			return new Named(contacts.toString(), arrivals.toString(),
					cases.stream().map(String::valueOf).collect(Collectors.joining(",", "array[", "]::int8[]")));
		}

		/**
		 * Makes the rest of this read transaction find the named contacts and their legs by key, each in its month. The
		 * planner costs a probe as if it visited every month (it prunes them only when the probe runs), so from a few
		 * thousand contacts on it would rather hash the whole case file: 11 s for 28,000 contacts among 11.7 M, against
		 * 0.1 s by key (decision 32).
		 */
		static void joinByKeyFromNowOn(Connection connection) {
			ReportingReads.jdbc(connection).sql("set local enable_hashjoin = off").update();
			ReportingReads.jdbc(connection).sql("set local enable_mergejoin = off").update();
		}

		/** The named contacts as a relation {@code n(id, arrived_at)}. */
		String relation() {
			return "unnest(" + contacts + ", " + arrivals + ") n(id, arrived_at)";
		}
	}
}
