package fr.fidele.knowledge;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles of the knowledge base: written (each change a new version, the earlier ones kept), found by their slug,
 * by the contact reasons they answer, and by their review date.
 */
@Service
public class Articles {

	private static final String SELECT = """
			select a.id, a.slug, a.category, a.audience, a.owner_id, a.review_on, a.reasons, a.version,
			       v.title_fr, v.body_fr, v.title_en, v.body_en, v.written_at
			from article a join article_version v on v.article_id = a.id and v.version = a.version""";

	private final JdbcClient jdbc;
	private final ArticleRules rules;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Articles(JdbcClient jdbc, ArticleRules rules, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Article create(ArticleDraft draft, long writerId) {
		rules.check(draft);
		if (find(draft.slug()).isPresent()) {
			throw new InvalidFieldException("slug", "articleSlugTaken", draft.slug());
		}
		long id = jdbc.sql("""
				insert into article (slug, category, audience, owner_id, review_on, reasons, version, created_at)
				values (?, ?, ?, ?, ?, ?, 1, ?) returning id""")
			.params(draft.slug(), draft.category(), draft.audience().name(), owner(draft, writerId), Date.valueOf(draft.reviewOn()),
					draft.reasons().toArray(String[]::new), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		return written(id, 1, draft, writerId);
	}

	/** Writes the next version of the article {@code slug}: its words, and where it belongs now. */
	@Transactional
	public Article write(String slug, ArticleDraft draft, long writerId) {
		Article current = get(slug);
		ArticleDraft next = new ArticleDraft(slug, draft.category(), draft.audience(), draft.ownerId() == null ? current.ownerId() : draft.ownerId(),
				draft.reviewOn(), draft.reasons(), draft.titleFr(), draft.bodyFr(), draft.titleEn(), draft.bodyEn());
		rules.check(next);
		int version = current.version() + 1;
		jdbc.sql("""
				update article set category = ?, audience = ?, owner_id = ?, review_on = ?, reasons = ?, version = ?, seq = nextval('article_seq')
				where id = ?""")
			.params(next.category(), next.audience().name(), next.ownerId(), Date.valueOf(next.reviewOn()), next.reasons().toArray(String[]::new),
					version, current.id())
			.update();
		return written(current.id(), version, next, writerId);
	}

	private Article written(long id, int version, ArticleDraft draft, long writerId) {
		jdbc.sql("""
				insert into article_version (article_id, version, title_fr, body_fr, title_en, body_en, written_by, written_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, version, blankToNull(draft.titleFr()), blankToNull(draft.bodyFr()), blankToNull(draft.titleEn()),
					blankToNull(draft.bodyEn()), writerId, Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new ArticleWritten(id, draft.slug(), version));
		return byId(id).orElseThrow();
	}

	private static long owner(ArticleDraft draft, long writerId) {
		return draft.ownerId() == null ? writerId : draft.ownerId();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Optional<Article> find(String slug) {
		return jdbc.sql(SELECT + " where a.slug = ?").param(slug).query(Articles::article).optional();
	}

	public Article get(String slug) {
		return find(slug).orElseThrow(() -> new NotFoundException("article", slug));
	}

	public Optional<Article> byId(long id) {
		return jdbc.sql(SELECT + " where a.id = ?").param(id).query(Articles::article).optional();
	}

	/** The articles of these ids, in the order given (a search's), those that exist. */
	public List<Article> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Article> found = jdbc.sql(SELECT + " where a.id = any(?)").param(ids.toArray(Long[]::new)).query(Articles::article).list()
			.stream().collect(Collectors.toMap(Article::id, Function.identity()));
		return ids.stream().map(found::get).filter(article -> article != null).toList();
	}

	/** The articles of a category (null: all), for this audience (null: both), by title. */
	public List<Article> all(String category, Audience audience) {
		return jdbc.sql(SELECT + " where (cast(? as text) is null or a.category = ?) and (cast(? as text) is null or a.audience = ?)"
				+ " order by coalesce(v.title_fr, v.title_en)")
			.params(category, category, audience == null ? null : audience.name(), audience == null ? null : audience.name())
			.query(Articles::article).list();
	}

	/** The articles answering one of these contact reasons, the most recently written first. */
	public List<Article> forReasons(Collection<String> reasons, int most) {
		if (reasons.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where a.reasons && cast(? as text[]) order by v.written_at desc, a.id limit ?").params(reasons.toArray(String[]::new), most)
			.query(Articles::article).list();
	}

	/** The articles whose review date has come, the oldest first. */
	public List<Article> dueForReview(LocalDate today) {
		return jdbc.sql(SELECT + " where a.review_on <= ? order by a.review_on, a.id").param(Date.valueOf(today)).query(Articles::article).list();
	}

	public List<ArticleVersion> versions(String slug) {
		return jdbc.sql("""
				select v.version, v.title_fr, v.body_fr, v.title_en, v.body_en, v.written_by, v.written_at
				from article_version v join article a on a.id = v.article_id where a.slug = ? order by v.version desc""")
			.param(get(slug).slug()).query(ArticleVersion.class).list();
	}

	static Article article(ResultSet rs, int row) throws SQLException {
		Array reasons = rs.getArray("reasons");
		return new Article(rs.getLong("id"), rs.getString("slug"), rs.getString("category"), Audience.valueOf(rs.getString("audience")),
				rs.getLong("owner_id"), rs.getDate("review_on").toLocalDate(), Arrays.asList((String[]) reasons.getArray()), rs.getInt("version"),
				rs.getString("title_fr"), rs.getString("body_fr"), rs.getString("title_en"), rs.getString("body_en"),
				rs.getTimestamp("written_at").toInstant());
	}
}
