package fr.fidele.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.fidele.contacts.ContactErasure;
import fr.fidele.voice.VoiceErasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the retention rules (how long each kind of personal data is kept, {@code fidele.retention.*}) every night
 * and on an administrator's request, and keeps a report of what each run removed. A kind without a duration is kept.
 */
@Service
public class RetentionRules implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(RetentionRules.class);

	/** What one rule removed in one run. */
	public record Applied(Instant ranAt, String kind, Instant cutoff, int affected) {
	}

	private final ContactErasure contacts;
	private final VoiceErasure verbatims;
	private final JdbcClient jdbc;
	private final RetentionProperties properties;
	private final Clock clock;

	RetentionRules(ContactErasure contacts, VoiceErasure verbatims, JdbcClient jdbc, RetentionProperties properties, Clock clock) {
		this.contacts = contacts;
		this.verbatims = verbatims;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addCronTask(this::apply, properties.cron());
	}

	/** Applies every rule now; returns what each removed. */
	@Transactional
	public List<Applied> apply() {
		Instant now = clock.instant();
		List<Applied> applied = new ArrayList<>();
		rule(applied, now, "contact-text", properties.contactText(), contacts::eraseTextBefore);
		// the verbatims copy what customers wrote, notes among them: they are kept no longer than the contacts' text
		rule(applied, now, "verbatims", properties.contactText(), verbatims::eraseBefore);
		rule(applied, now, "read-audit", properties.readAudit(),
				cutoff -> jdbc.sql("delete from customer_read where at < ?").param(Timestamp.from(cutoff)).update());
		return applied;
	}

	/** The latest runs' reports, newest first. */
	public List<Applied> latest(int limit) {
		return jdbc.sql("select ran_at, kind, cutoff, affected from retention_run order by ran_at desc, id desc limit ?")
			.param(Math.min(Math.max(limit, 1), 500))
			.query((rs, n) -> new Applied(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4)))
			.list();
	}

	private void rule(List<Applied> applied, Instant now, String kind, Duration kept, Function<Instant, Integer> removeBefore) {
		if (kept == null || kept.isZero() || kept.isNegative()) {
			return;
		}
		Instant cutoff = now.minus(kept);
		int affected = removeBefore.apply(cutoff);
		jdbc.sql("insert into retention_run (ran_at, kind, cutoff, affected) values (?, ?, ?, ?)")
			.params(Timestamp.from(now), kind, Timestamp.from(cutoff), affected).update();
		log.info("Retention: {} older than {} removed from {} rows", kind, cutoff, affected);
		applied.add(new Applied(now, kind, cutoff, affected));
	}
}
