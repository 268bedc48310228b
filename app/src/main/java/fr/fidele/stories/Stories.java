package fr.fidele.stories;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.fidele.platform.Digests;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.NotFoundException;
import fr.fidele.platform.RandomTokens;
import fr.fidele.platform.StorableText;
import fr.fidele.voice.TextAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stories: told (each checked by the disguised-advertising filter, held with its reasons or left pending), edited
 * by their author through a private link (back to moderation), published or refused by a moderator. Nothing is public
 * before a moderator publishes it.
 */
@Service
public class Stories {

	/** Stories one address may tell or change per hour on the public pages. */
	public static final int PER_ADDRESS_AND_HOUR = 5;
	/** Other stories about one brand by the same author from which a new one is held. */
	static final int SAME_AUTHOR = 2;
	/** Stories from one address within a day from which a new one is held. */
	static final int SAME_ADDRESS = 3;
	/** Likeness of wording (shared runs of three words) with another story about the brand from which it is held. */
	static final double SAME_WORDING = 0.5;
	private static final int STORIES_COMPARED = 500;

	/** A story told: its number, and the private link's token its author edits it with (shown once). */
	public record Told(long id, String editToken, StoryStatus status) {
	}

	private final JdbcClient jdbc;
	private final AdvertisingSignals signals = new AdvertisingSignals();
	private final Clock clock;

	Stories(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Told tell(NewStory story, String address) {
		NewStory checked = StoryRules.checked(story);
		String token = RandomTokens.next();
		byte[] from = digest(address);
		Set<HoldReason> reasons = reasons(checked, from, null);
		StoryStatus status = status(reasons);
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into story (brand, brand_key, tone, title, body, author_name, author_email, language, address_digest, edit_token_hash,
				                   status, reasons, created_at, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(checked.brand(), key(checked.brand()), checked.tone().name(), checked.title(), checked.body(), checked.authorName(),
					checked.authorEmail(), checked.language(), from, digest(token), status.name(), names(reasons), Timestamp.from(now),
					Timestamp.from(now))
			.query(Long.class).single();
		return new Told(id, token, status);
	}

	/** The story its author's private link opens, if the link is one. */
	public Optional<Story> mine(String token) {
		return jdbc.sql(SELECT + " where edit_token_hash = ?").param(digest(token == null ? "" : token)).query(Stories::story).optional();
	}

	/** The author changes their story: checked again, and back to moderation. */
	@Transactional
	public Story edit(String token, NewStory story, String address) {
		Story before = mine(token).orElseThrow(() -> new NotFoundException("story", "link"));
		NewStory checked = StoryRules.checked(story);
		Set<HoldReason> reasons = reasons(checked, digest(address), before.id());
		jdbc.sql("""
				update story set brand = ?, brand_key = ?, tone = ?, title = ?, body = ?, author_name = ?, author_email = ?, language = ?,
				  status = ?, reasons = ?, changed_at = ?, moderated_by = null, moderated_at = null where id = ?""")
			.params(checked.brand(), key(checked.brand()), checked.tone().name(), checked.title(), checked.body(), checked.authorName(),
					checked.authorEmail(), checked.language(), status(reasons).name(), names(reasons), Timestamp.from(clock.instant()), before.id())
			.update();
		return byId(before.id());
	}

	/** A moderator publishes or refuses a story. */
	@Transactional
	public Story decide(long id, StoryStatus decision, String moderator) {
		if (decision != StoryStatus.PUBLISHED && decision != StoryStatus.REJECTED) {
			throw new InvalidFieldException("decision", "storyDecision");
		}
		int changed = jdbc.sql("update story set status = ?, moderated_by = ?, moderated_at = ? where id = ?")
			.params(decision.name(), moderator, Timestamp.from(clock.instant()), id).update();
		if (changed == 0) {
			throw new NotFoundException("story", id);
		}
		return byId(id);
	}

	/** The stories waiting for a moderator, those held first, the oldest first. */
	public List<Story> waiting(int most) {
		return jdbc.sql(SELECT + " where status in ('HELD', 'PENDING') order by status = 'PENDING', changed_at limit ?").param(most)
			.query(Stories::story).list();
	}

	/** The latest public stories. */
	public List<Story> published(int most) {
		return jdbc.sql(SELECT + " where status = 'PUBLISHED' order by moderated_at desc, id desc limit ?").param(most).query(Stories::story)
			.list();
	}

	Story byId(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Stories::story).optional().orElseThrow(() -> new NotFoundException("story", id));
	}

	private Set<HoldReason> reasons(NewStory story, byte[] from, Long self) {
		Set<HoldReason> reasons = EnumSet.noneOf(HoldReason.class);
		reasons.addAll(signals.of(story.brand(), story.title(), story.body(), story.language()));
		long other = self == null ? -1 : self;
		String author = story.authorEmail() != null ? story.authorEmail().toLowerCase() : story.authorName().toLowerCase();
		if (jdbc.sql("""
				select count(*) from story where brand_key = ? and id <> ? and status <> 'REJECTED'
				  and lower(coalesce(author_email, author_name)) = ?""").params(key(story.brand()), other, author).query(Integer.class)
			.single() >= SAME_AUTHOR) {
			reasons.add(HoldReason.SAME_AUTHOR);
		}
		if (jdbc.sql("select count(*) from story where address_digest = ? and id <> ? and created_at > ?")
			.params(from, other, Timestamp.from(clock.instant().minus(Duration.ofDays(1)))).query(Integer.class).single() >= SAME_ADDRESS) {
			reasons.add(HoldReason.SAME_ADDRESS);
		}
		List<String> words = TextAnalysis.words(story.body(), story.language());
		boolean alike = jdbc.sql("select body, language from story where brand_key = ? and id <> ? order by id desc limit ?")
			.params(key(story.brand()), other, STORIES_COMPARED)
			.query((rs, n) -> AdvertisingSignals.likeness(words, TextAnalysis.words(rs.getString("body"), rs.getString("language"))))
			.list().stream().anyMatch(likeness -> likeness >= SAME_WORDING);
		if (alike) {
			reasons.add(HoldReason.SAME_WORDING);
		}
		return reasons;
	}

	private static StoryStatus status(Set<HoldReason> reasons) {
		return reasons.isEmpty() ? StoryStatus.PENDING : StoryStatus.HELD;
	}

	private static String[] names(Set<HoldReason> reasons) {
		return reasons.stream().map(Enum::name).toArray(String[]::new);
	}

	/** A brand as it is counted: « Café Martin », « cafe  martin » and « CAFÉ MARTIN » are one brand. */
	static String key(String brand) {
		return Normalizer.normalize(brand, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase().replaceAll("[^a-z0-9]+", " ").strip();
	}

	private static byte[] digest(String text) {
		return Digests.sha256(StorableText.of(text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
	}

	private static final String SELECT = """
			select id, brand, tone, title, body, author_name, language, status, reasons, created_at, changed_at from story""";

	private static Story story(ResultSet rs, int row) throws SQLException {
		return new Story(rs.getLong("id"), rs.getString("brand"), StoryTone.valueOf(rs.getString("tone")), rs.getString("title"),
				rs.getString("body"), rs.getString("author_name"), rs.getString("language"), StoryStatus.valueOf(rs.getString("status")),
				Arrays.stream((String[]) rs.getArray("reasons").getArray()).map(HoldReason::valueOf).toList(),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("changed_at").toInstant());
	}
}
