package fr.fidele.guidance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Advisors suggest changes to a guide from where they use it; supervisors read them beside the guide and close them once taken up. */
@Service
public class GuideSuggestions {

	static final int LENGTH = 4_000;

	/** An open or closed suggestion, with the version it was made on (null: none live then). */
	public record Suggestion(long id, String guide, Integer version, long suggestedBy, Instant suggestedAt, String body, Instant closedAt) {
	}

	private final JdbcClient jdbc;
	private final Guides guides;
	private final Clock clock;

	GuideSuggestions(JdbcClient jdbc, Guides guides, Clock clock) {
		this.jdbc = jdbc;
		this.guides = guides;
		this.clock = clock;
	}

	@Transactional
	public Suggestion suggest(String code, Integer version, long advisorId, String body) {
		Guide guide = guides.get(code);
		if (body == null || body.isBlank()) {
			throw new InvalidFieldException("body", "required");
		}
		if (body.length() > LENGTH) {
			throw new InvalidFieldException("body", "tooLong", LENGTH);
		}
		Long versionId = version == null ? null : guides.version(code, version).id();
		long id = jdbc.sql("""
				insert into guide_suggestion (guide_id, version_id, suggested_by, suggested_at, body) values (?, ?, ?, ?, ?) returning id""")
			.params(guide.id(), versionId, advisorId, Timestamp.from(clock.instant()), body.strip()).query(Long.class).single();
		return get(id);
	}

	public List<Suggestion> open(String code) {
		return jdbc.sql(SELECT + " where g.code = ? and s.closed_at is null order by s.suggested_at desc").param(code).query(Suggestion.class).list();
	}

	@Transactional
	public Suggestion close(long id, long supervisorId) {
		if (jdbc.sql("update guide_suggestion set closed_by = ?, closed_at = ? where id = ? and closed_at is null")
			.params(supervisorId, Timestamp.from(clock.instant()), id).update() == 0) {
			throw new NotFoundException("guideSuggestion", id);
		}
		return get(id);
	}

	private Suggestion get(long id) {
		return jdbc.sql(SELECT + " where s.id = ?").param(id).query(Suggestion.class).single();
	}

	private static final String SELECT = """
			select s.id, g.code as guide, v.version, s.suggested_by, s.suggested_at, s.body, s.closed_at
			from guide_suggestion s join guide g on g.id = s.guide_id left join guide_version v on v.id = s.version_id""";
}
