package fr.fidele.guidance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fidele.casefile.Channel;
import fr.fidele.customers.Expertise;
import fr.fidele.casefile.Segment;
import fr.fidele.platform.ConflictException;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guides and their versions: supervisors describe a guide, write versions (drafts), put one forward, and a second
 * person approves it, which makes it the live version and retires the one before; or refuses it. An approved version
 * is never changed: a change is a new version, so that each version's figures say what its words did.
 */
@Service
public class Guides {

	private final JdbcClient jdbc;
	private final GuideRules rules;
	private final Clock clock;

	Guides(JdbcClient jdbc, GuideRules rules, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.clock = clock;
	}

	@Transactional
	public Guide create(NewGuide guide) {
		rules.check(guide);
		if (find(guide.code()).isPresent()) {
			throw new InvalidFieldException("code", "guideCodeTaken", guide.code());
		}
		long id = jdbc.sql("""
				insert into guide (code, title_fr, title_en, reason_code, channel, segment, situation, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(guide.code(), guide.titleFr().strip(), guide.titleEn().strip(), guide.reasonCode(), name(guide.channel()), name(guide.segment()),
					name(guide.situation()), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return get(id);
	}

	public List<Guide> all() {
		return jdbc.sql("select * from guide order by retired_at nulls first, code").query(Guides::guide).list();
	}

	public Optional<Guide> find(String code) {
		return jdbc.sql("select * from guide where code = ?").param(code).query(Guides::guide).optional();
	}

	public Guide get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("guide", code));
	}

	Guide get(long id) {
		return jdbc.sql("select * from guide where id = ?").param(id).query(Guides::guide).single();
	}

	/** Writes a new draft version of the guide; its number follows the last one's. */
	@Transactional
	public GuideVersion write(String code, NewVersion version, long authorId) {
		rules.check(version);
		Guide guide = get(code);
		jdbc.sql("select id from guide where id = ? for update").param(guide.id()).query(Long.class).single();
		int number = jdbc.sql("select coalesce(max(version), 0) + 1 from guide_version where guide_id = ?").param(guide.id()).query(Integer.class)
			.single();
		long id = jdbc.sql("""
				insert into guide_version (guide_id, version, status, written_by, written_at, change_note)
				values (?, ?, 'DRAFT', ?, ?, ?) returning id""")
			.params(guide.id(), number, authorId, Timestamp.from(clock.instant()), blankToNull(version.changeNote())).query(Long.class).single();
		for (GuideVariant variant : version.variants()) {
			jdbc.sql("insert into guide_variant (version_id, expertise, language, body) values (?, ?, ?, ?)")
				.params(id, variant.expertise().name(), variant.language(), variant.body().strip()).update();
		}
		return version(code, number);
	}

	/** Puts a draft forward for approval. */
	@Transactional
	public GuideVersion propose(String code, int number) {
		move(code, number, VersionStatus.DRAFT, VersionStatus.PROPOSED, null);
		return version(code, number);
	}

	/** A second person approves a proposed version: it goes live, and the live one before is retired. */
	@Transactional
	public GuideVersion approve(String code, int number, long approverId) {
		GuideVersion proposed = version(code, number);
		if (proposed.writtenBy() == approverId) {
			throw new ConflictException("ownGuideVersion", code, number);
		}
		jdbc.sql("update guide_version set status = 'RETIRED' where guide_id = ? and status = 'LIVE'").param(proposed.guideId()).update();
		move(code, number, VersionStatus.PROPOSED, VersionStatus.LIVE, approverId);
		return version(code, number);
	}

	/** Someone other than its author refuses a proposed version, which stays for the record. */
	@Transactional
	public GuideVersion refuse(String code, int number, long userId) {
		if (version(code, number).writtenBy() == userId) {
			throw new ConflictException("ownGuideVersion", code, number);
		}
		move(code, number, VersionStatus.PROPOSED, VersionStatus.REFUSED, userId);
		return version(code, number);
	}

	private void move(String code, int number, VersionStatus from, VersionStatus to, Long decidedBy) {
		GuideVersion version = version(code, number);
		int moved = jdbc.sql("update guide_version set status = ?, decided_by = ?, decided_at = ? where id = ? and status = ?")
			.params(to.name(), decidedBy, decidedBy == null ? null : Timestamp.from(clock.instant()), version.id(), from.name()).update();
		if (moved == 0) {
			throw new ConflictException("guideVersionState", code, number, version.status(), to);
		}
	}

	public List<GuideVersion> versions(String code) {
		return versionsWhere("v.guide_id = ?", get(code).id());
	}

	public GuideVersion version(String code, int number) {
		return versionsWhere("v.guide_id = ? and v.version = ?", get(code).id(), number).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("guideVersion", code + " v" + number));
	}

	/** Every live version, with its guide: what the workspace chooses from. */
	Map<Guide, GuideVersion> live() {
		Map<Long, Guide> guides = new LinkedHashMap<>();
		jdbc.sql("select g.* from guide g join guide_version v on v.guide_id = g.id and v.status = 'LIVE' where g.retired_at is null")
			.query(Guides::guide).list().forEach(guide -> guides.put(guide.id(), guide));
		Map<Guide, GuideVersion> live = new LinkedHashMap<>();
		versionsWhere("v.status = 'LIVE'").forEach(version -> Optional.ofNullable(guides.get(version.guideId())).ifPresent(g -> live.put(g, version)));
		return live;
	}

	private List<GuideVersion> versionsWhere(String where, Object... params) {
		Map<Long, List<GuideVariant>> variants = new LinkedHashMap<>();
		jdbc.sql("select a.* from guide_variant a join guide_version v on v.id = a.version_id where " + where + " order by a.expertise, a.language")
			.params(params)
			.query(rs -> {
				variants.computeIfAbsent(rs.getLong("version_id"), id -> new ArrayList<>()).add(new GuideVariant(
						Expertise.valueOf(rs.getString("expertise")), rs.getString("language"), rs.getString("body")));
			});
		return jdbc.sql("select v.* from guide_version v where " + where + " order by v.version desc").params(params)
			.query((rs, n) -> new GuideVersion(rs.getLong("id"), rs.getLong("guide_id"), rs.getInt("version"),
					VersionStatus.valueOf(rs.getString("status")), rs.getLong("written_by"), rs.getTimestamp("written_at").toInstant(),
					rs.getString("change_note"), (Long) rs.getObject("decided_by"),
					rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
					List.copyOf(variants.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	private static Guide guide(ResultSet rs, int row) throws SQLException {
		return new Guide(rs.getLong("id"), rs.getString("code"), rs.getString("title_fr"), rs.getString("title_en"), rs.getString("reason_code"),
				rs.getString("channel") == null ? null : Channel.valueOf(rs.getString("channel")),
				rs.getString("segment") == null ? null : Segment.valueOf(rs.getString("segment")),
				rs.getString("situation") == null ? null : Situation.valueOf(rs.getString("situation")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant());
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
