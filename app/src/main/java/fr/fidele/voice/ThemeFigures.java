package fr.fidele.voice;

import fr.fidele.platform.Share;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each theme's figures over the last {@code days} days (ThemeFigure): volume and trend, negative share, twelve
 * months of volume, and the unhappy share of survey answers about contacts whose texts spoke of it, beside the others.
 */
@Service
public class ThemeFigures {

	private static final int MONTHS = 12;

	private record Volume(long texts, long before, long negative) {
	}

	private record Unhappy(long with, long withUnhappy, long without, long withoutUnhappy) {
	}

	private final JdbcClient jdbc;
	private final TopicTaxonomy taxonomy;
	private final Clock clock;

	ThemeFigures(JdbcClient jdbc, TopicTaxonomy taxonomy, Clock clock) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	/** The active themes' figures over the last {@code days} days, the most spoken of first. */
	public List<ThemeFigure> over(int days) {
		Instant now = clock.instant();
		Instant from = now.minus(Duration.ofDays(days));
		Instant before = from.minus(Duration.ofDays(days));
		Map<String, Volume> volumes = new HashMap<>();
		jdbc.sql("""
				select t.code, count(*) filter (where v.written_at >= :from) as texts,
				       count(*) filter (where v.written_at < :from) as before,
				       count(*) filter (where v.written_at >= :from and v.sentiment = 'NEGATIVE') as negative
				from verbatim v cross join lateral unnest(v.topics) as t(code)
				where v.written_at >= :before and v.written_at <= :now group by t.code""")
			.param("from", Timestamp.from(from)).param("before", Timestamp.from(before)).param("now", Timestamp.from(now))
			.query(rs -> {
				volumes.put(rs.getString("code"), new Volume(rs.getLong("texts"), rs.getLong("before"), rs.getLong("negative")));
			});
		Map<String, long[]> monthly = monthly(now);
		Map<String, Unhappy> unhappy = unhappy(from, now);
		return taxonomy.all().stream().filter(Topic::active).map(topic -> {
			Volume volume = volumes.getOrDefault(topic.code(), new Volume(0, 0, 0));
			Unhappy answers = unhappy.getOrDefault(topic.code(), new Unhappy(0, 0, 0, 0));
			return new ThemeFigure(topic, volume.texts(), volume.before(), Share.of(volume.negative(), volume.texts()),
					monthly.getOrDefault(topic.code(), new long[MONTHS]), Share.of(answers.withUnhappy(), answers.with()),
					Share.of(answers.withoutUnhappy(), answers.without()));
		}).sorted((a, b) -> Long.compare(b.texts(), a.texts())).toList();
	}

	/** The first day of each month {@link ThemeFigure#monthly()} counts, the oldest first. */
	public List<LocalDate> months() {
		YearMonth last = YearMonth.now(clock);
		return IntStream.range(0, MONTHS).mapToObj(back -> last.minusMonths(MONTHS - 1L - back).atDay(1)).toList();
	}

	private Map<String, long[]> monthly(Instant now) {
		ZoneId zone = clock.getZone();
		YearMonth last = YearMonth.from(now.atZone(zone));
		Instant first = last.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(zone).toInstant();
		Map<String, long[]> monthly = new HashMap<>();
		jdbc.sql("""
				select t.code, v.written_at from verbatim v cross join lateral unnest(v.topics) as t(code)
				where v.written_at >= :first and v.written_at <= :now""")
			.param("first", Timestamp.from(first)).param("now", Timestamp.from(now))
			.query(rs -> {
				YearMonth month = YearMonth.from(rs.getTimestamp("written_at").toInstant().atZone(zone));
				int place = (int) (MONTHS - 1 - month.until(last, ChronoUnit.MONTHS));
				monthly.computeIfAbsent(rs.getString("code"), code -> new long[MONTHS])[place]++;
			});
		return monthly;
	}

	private Map<String, Unhappy> unhappy(Instant from, Instant now) {
		Map<String, Unhappy> unhappy = new HashMap<>();
		jdbc.sql("""
				with spoken as (
				  select v.contact_id, array_agg(distinct t.code) filter (where t.code is not null) as topics
				  from verbatim v left join lateral unnest(v.topics) as t(code) on true
				  where v.contact_id is not null and v.written_at >= :from and v.written_at <= :now group by v.contact_id),
				answered as (
				  select contact_id, bool_or(measure = 'CSAT' and score <= 2 or measure = 'NPS' and score <= 6) as unhappy
				  from survey_score_facts where measure in ('CSAT', 'NPS') and contact_id is not null group by contact_id)
				select k.code, count(*) filter (where k.code = any(s.topics)) as with_n,
				       count(*) filter (where k.code = any(s.topics) and a.unhappy) as with_unhappy,
				       count(*) filter (where not coalesce(k.code = any(s.topics), false)) as without_n,
				       count(*) filter (where not coalesce(k.code = any(s.topics), false) and a.unhappy) as without_unhappy
				from spoken s join answered a using (contact_id) cross join (select code from voice_topic where active) k
				group by k.code""")
			.param("from", Timestamp.from(from)).param("now", Timestamp.from(now))
			.query(rs -> {
				unhappy.put(rs.getString("code"), new Unhappy(rs.getLong("with_n"), rs.getLong("with_unhappy"), rs.getLong("without_n"),
						rs.getLong("without_unhappy")));
			});
		return unhappy;
	}
}
