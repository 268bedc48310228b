package fr.fidele.guidance;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import fr.fidele.customers.Expertise;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.database.BulkCopy;
import fr.fidele.platform.database.CopyStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads in bulk the guides shown on contacts (the demo company's), on the live version of each guide, as the workspace
 * records them: a guide followed has its first {@code steps} steps followed, without answers. Nothing is visible until
 * {@link #finish()}.
 */
public final class GuidanceBulkLoad implements AutoCloseable {

	/** A guide shown on a contact ({@code outcome} null: shown only), followed up to step {@code steps}. */
	public record Shown(long contactId, long customerId, long advisorId, String guide, Expertise expertise, String language, Instant shownAt,
			GuideOutcome outcome, int steps) {
	}

	private final BulkCopy load;
	private final JdbcClient jdbc;
	private final Map<String, Long> liveVersions;
	private final CopyStream uses;

	GuidanceBulkLoad(DataSource dataSource, JdbcClient jdbc) throws SQLException {
		this.jdbc = jdbc;
		this.liveVersions = jdbc.sql("select g.code, v.id from guide g join guide_version v on v.guide_id = g.id and v.status = 'LIVE'")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		this.load = new BulkCopy(dataSource);
		try {
			this.uses = load.table("guide_use", "contact_id, customer_id, advisor_id, version_id, expertise, language, shown_at, outcome, decided_at, steps, answers");
		}
		catch (SQLException | RuntimeException e) {
			load.close();
			throw e;
		}
	}

	public void shown(Shown shown) throws SQLException {
		Long version = liveVersions.get(shown.guide());
		if (version == null) {
			throw new InvalidFieldException("guide", "unknownValue", shown.guide());
		}
		int followed = shown.outcome() == GuideOutcome.FOLLOWED ? shown.steps() : 0;
		uses.add(shown.contactId()).add(shown.customerId()).add(shown.advisorId()).add(version).add(shown.expertise().name()).add(shown.language())
			.add(shown.shownAt()).add(shown.outcome() == null ? null : shown.outcome().name()).add(shown.outcome() == null ? null : shown.shownAt())
			.add(IntStream.rangeClosed(1, followed).mapToObj(Integer::toString).collect(Collectors.joining(",", "{", "}")))
			.add(IntStream.rangeClosed(1, followed).mapToObj(step -> "\"\"").collect(Collectors.joining(",", "{", "}"))).endRow();
	}

	public void finish() throws SQLException {
		load.finish(jdbc, "guide_use");
	}

	@Override
	public void close() throws SQLException {
		load.close();
	}
}
