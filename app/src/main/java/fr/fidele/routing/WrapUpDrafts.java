package fr.fidele.routing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The wrap-up notes an advisor is typing, saved as they type: the workspace shows them again after a reload, while
 * they handle a second item, or in another browser. They are forgotten when the item is wrapped up (the notes then go
 * into the contact) or leaves the advisor (a transfer, a give-back).
 */
@Service
public class WrapUpDrafts {

	/** Longer than any note an advisor types; what is longer is a paste gone wrong. */
	static final int LONGEST = 20_000;

	private final JdbcClient jdbc;

	WrapUpDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps {@code notes} for an item the advisor holds in conversation or in wrap-up. */
	public void save(long advisorId, long itemId, String notes) {
		if (notes != null && notes.length() > LONGEST) {
			throw new InvalidFieldException("notes", "tooLong", LONGEST);
		}
		int saved = jdbc.sql("""
				update work_item set notes_draft = ? where id = ? and advisor_id = ? and state in ('CONNECTED', 'WRAP_UP')""")
			.params(notes == null || notes.isBlank() ? null : notes, itemId, advisorId).update();
		if (saved == 0) {
			throw new ConflictException("notYourItem", itemId, List.of("connected", "wrap_up"));
		}
	}

	/** The drafts of the items the advisor holds, by item id. */
	public Map<Long, String> of(long advisorId) {
		return jdbc.sql("""
				select id, notes_draft from work_item
				where advisor_id = ? and state in ('CONNECTED', 'WRAP_UP') and notes_draft is not null""")
			.param(advisorId).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
