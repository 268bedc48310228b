package fr.fidele.loyalty;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds advisors (or outsourcers) who hang up on customers to keep their queue figures: the share
 * of answered calls each one ended within seconds, against everyone's pooled share. A binomial
 * z-score above {@value #FLAG_Z} is far beyond chance even across hundreds of advisors.
 */
@Service
public class IntegrityCheck {

	/** z-score above which an advisor is flagged. */
	static final double FLAG_Z = 4.0;
	/** Below this many answered calls an advisor is not judged. */
	static final long MIN_CALLS = 30;

	private final JdbcClient jdbc;
	private final AtomicReference<List<AdvisorIntegrity>> latest = new AtomicReference<>();

	IntegrityCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every advisor who answered a call, flagged ones first, as last computed. */
	public List<AdvisorIntegrity> advisors() {
		List<AdvisorIntegrity> advisors = latest.get();
		return advisors != null ? advisors : recompute();
	}

	/** Counts again over the case file as it is. */
	public synchronized List<AdvisorIntegrity> recompute() {
		record Row(long id, String username, String name, long answered, long hungUp) {
		}
		List<Row> rows = jdbc.sql("""
				select x.advisor_id, u.username, u.display_name, count(*), count(*) filter (where %s)
				from (select c.channel, c.ended_by, c.answered_at, c.ended_at, l.advisor_id
				      from contact c join contact_leg l on l.contact_id = c.id and l.seq = 1
				      where c.channel in ('PHONE', 'CALLBACK') and c.answered_at is not null) x
				join app_user u on u.id = x.advisor_id
				group by x.advisor_id, u.username, u.display_name""".formatted(HangUps.CONDITION))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
			.list();
		long answered = rows.stream().mapToLong(Row::answered).sum();
		long hungUp = rows.stream().mapToLong(Row::hungUp).sum();
		double pooled = answered == 0 ? 0 : (double) hungUp / answered;
		List<AdvisorIntegrity> result = rows.stream().map(r -> {
			double rate = (double) r.hungUp() / r.answered();
			double sd = Math.sqrt(r.answered() * pooled * (1 - pooled));
			double z = sd == 0 ? 0 : (r.hungUp() - r.answered() * pooled) / sd;
			AdvisorIntegrity.Verdict verdict = r.answered() < MIN_CALLS ? AdvisorIntegrity.Verdict.NOT_ENOUGH_CALLS
					: z > FLAG_Z ? AdvisorIntegrity.Verdict.FLAGGED : AdvisorIntegrity.Verdict.IN_LINE;
			return new AdvisorIntegrity(r.id(), r.username(), r.name(), r.answered(), r.hungUp(), rate, z, verdict);
		}).sorted(Comparator.comparing(AdvisorIntegrity::verdict).reversed().thenComparing(Comparator.comparingDouble(AdvisorIntegrity::z).reversed()))
			.toList();
		latest.set(result);
		return result;
	}
}
