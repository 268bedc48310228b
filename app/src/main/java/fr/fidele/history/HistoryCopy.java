package fr.fidele.history;

import java.sql.SQLException;

import fr.fidele.platform.database.CopyStream;

/** History entries written with a bulk load ({@link History#copyWith}): the same actor and reason for every record. */
public final class HistoryCopy {

	private final CopyStream rows;
	private final String actor;
	private final String reason;

	HistoryCopy(CopyStream rows, String actor, String reason) {
		this.rows = rows;
		this.actor = actor;
		this.reason = reason;
	}

	public void record(String entityType, long entityId, String action) throws SQLException {
		rows.add(entityType).add(entityId).add(action).add(actor).add(reason).endRow();
	}
}
