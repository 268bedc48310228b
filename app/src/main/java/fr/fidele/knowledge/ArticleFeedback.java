package fr.fidele.knowledge;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import fr.fidele.platform.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was this useful?" on each article, for advisors and customers: every answer kept with the version read, and per
 * article the share of useful answers with its interval, advisors and customers apart (they do not read for the same
 * reason).
 */
@Service
public class ArticleFeedback {

	/** What readers said of an article. */
	public record Usefulness(long articleId, String slug, String title, Audience audience, Share advisors, Share customers) {
	}

	private final JdbcClient jdbc;
	private final Articles articles;
	private final Clock clock;

	ArticleFeedback(JdbcClient jdbc, Articles articles, Clock clock) {
		this.jdbc = jdbc;
		this.articles = articles;
		this.clock = clock;
	}

	/** Records an answer on the article as it stands; {@code userId} and {@code contactId} only for an advisor's. */
	@Transactional
	public void answered(String slug, String language, boolean useful, Reader reader, Long userId, Long contactId) {
		Article article = articles.get(slug);
		jdbc.sql("""
				insert into article_feedback (article_id, version, language, useful, reader, user_id, contact_id, given_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(article.id(), article.version(), article.languageFor(language), useful, reader.name(), userId, contactId,
					Timestamp.from(clock.instant()))
			.update();
	}

	/** Every article with what its readers said, the least useful to customers first among those with answers. */
	public List<Usefulness> usefulness(String language) {
		return jdbc.sql("""
				select a.id, a.slug, coalesce(case when ? = 'en' then v.title_en end, v.title_fr, v.title_en) as title, a.audience,
				       count(*) filter (where f.reader = 'ADVISOR' and f.useful) as advisors_useful,
				       count(*) filter (where f.reader = 'ADVISOR') as advisors,
				       count(*) filter (where f.reader = 'CUSTOMER' and f.useful) as customers_useful,
				       count(*) filter (where f.reader = 'CUSTOMER') as customers
				from article a join article_version v on v.article_id = a.id and v.version = a.version
				left join article_feedback f on f.article_id = a.id
				group by a.id, a.slug, v.title_fr, v.title_en, a.audience
				order by count(f.id) = 0, count(*) filter (where f.reader = 'CUSTOMER' and f.useful)::float8
				         / nullif(count(*) filter (where f.reader = 'CUSTOMER'), 0) nulls last, a.slug""")
			.param(language)
			.query((rs, row) -> new Usefulness(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), Audience.valueOf(rs.getString("audience")),
					Share.of(rs.getLong("advisors_useful"), rs.getLong("advisors")), Share.of(rs.getLong("customers_useful"), rs.getLong("customers"))))
			.list();
	}
}
