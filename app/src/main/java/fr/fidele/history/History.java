package fr.fidele.history;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import fr.fidele.platform.CurrentActor;
import fr.fidele.platform.PersonalValues;
import fr.fidele.platform.database.BulkCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every change to a customer, contact or case with its actor and reason. Callers record
 * inside their own transaction, so a change and its history are written together or not at all.
 */
@Service
public class History {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	History(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void record(String entityType, long entityId, String action, String reason, Map<String, ?> details) {
		recordBy(CurrentActor.name(), entityType, entityId, action, reason, details);
	}

	/** An entry whose actor is named by the caller: a person not signed in who proved who they are another way. */
	public void recordBy(String actor, String entityType, long entityId, String action, String reason, Map<String, ?> details) {
		jdbc.sql("""
				insert into history (entity_type, entity_id, action, actor, reason, details)
				values (?, ?, ?, ?, ?, ?::jsonb)""")
			.params(entityType, entityId, action, actor, reason, json.writeValueAsString(details))
			.update();
	}

	/**
	 * One entry per record written in bulk (an import of thousands of rows): the same action and reason for each, in
	 * one statement, inside the caller's transaction.
	 */
	public void recordAll(String entityType, List<Long> entityIds, String action, String reason) {
		jdbc.sql("""
				insert into history (entity_type, entity_id, action, actor, reason)
				select ?, id, ?, ?, ? from unnest(?::bigint[]) as id""")
			.params(entityType, action, CurrentActor.name(), reason, entityIds.toArray(Long[]::new))
			.update();
	}

	/**
	 * Entries for records loaded by the million (see {@link BulkCopy}): one per record, copied with the load and visible
	 * when it finishes, all with the same actor and reason.
	 */
	public HistoryCopy copyWith(BulkCopy load, String actor, String reason) throws SQLException {
		return new HistoryCopy(load.table("history", "entity_type, entity_id, action, actor, reason"), actor, reason);
	}

	/**
	 * Empties what the entries of these records said beyond who did what and when: their reasons (free text) and
	 * details (old and new values), for an erasure of personal data. The entries stay, so the trail of changes does.
	 */
	public void erase(String entityType, List<Long> entityIds) {
		jdbc.sql("update history set reason = ?, details = null where entity_type = ? and entity_id = any(?)")
			.params(PersonalValues.ERASED, entityType, entityIds.toArray(Long[]::new)).update();
	}

	/** The changes to one record, newest first. */
	public List<HistoryEntry> of(String entityType, long entityId) {
		return ofAll(entityType, List.of(entityId));
	}

	/** The changes to these records, newest first. */
	public List<HistoryEntry> ofAll(String entityType, List<Long> entityIds) {
		return jdbc.sql("""
				select id, entity_type, entity_id, action, actor, reason, at, details::text from history
				where entity_type = ? and entity_id = any(?) order by at desc, id desc""")
			.params(entityType, entityIds.toArray(Long[]::new))
			.query((rs, n) -> new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.list();
	}
}
