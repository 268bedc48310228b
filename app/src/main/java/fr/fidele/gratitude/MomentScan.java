package fr.fidele.gratitude;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds in the case file, each morning ({@code fidele.gratitude.scan-cron}), the moments that deserve a thank-you and
 * makes each a reminder, once: a customer in their first {@value #NEW_DAYS} days, an anniversary of the relationship
 * in the coming {@value #ANNIVERSARY_DAYS} days, a complaint resolved in the last {@value #RESOLVED_DAYS} days. A
 * customer who left is not reminded of.
 */
@Service
public class MomentScan {

	static final int NEW_DAYS = 30;
	static final int ANNIVERSARY_DAYS = 7;
	static final int RESOLVED_DAYS = 14;
	private static final Logger log = LoggerFactory.getLogger(MomentScan.class);

	private final JdbcClient jdbc;
	private final Clock clock;

	MomentScan(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${fidele.gratitude.scan-cron:0 10 6 * * *}")
	void eachMorning() {
		log.info("Moments to thank customers for, noticed: {}", scan());
	}

	/** Notices today's moments; returns how many reminders each kind of moment added. */
	@Transactional
	public Map<GratitudeMoment, Integer> scan() {
		LocalDate today = LocalDate.now(clock);
		Timestamp now = Timestamp.from(clock.instant());
		Map<GratitudeMoment, Integer> added = new EnumMap<>(GratitudeMoment.class);
		added.put(GratitudeMoment.NEW_CUSTOMER, jdbc.sql("""
				insert into gratitude_reminder (customer_id, moment, occasion, noticed_at, assignee_id, due_on)
				select c.id, 'NEW_CUSTOMER', c.customer_since::text, ?, %s, greatest(c.customer_since + 14, cast(? as date))
				from customer_facts c where c.churned_on is null and c.customer_since between cast(? as date) and cast(? as date)
				on conflict do nothing""".formatted(BestKnown.advisorOf("c.id")))
			.params(now, Date.valueOf(today), Date.valueOf(today.minusDays(NEW_DAYS)), Date.valueOf(today)).update());
		// the anniversary of the n-th year falls in the coming days; its year count is the occasion
		added.put(GratitudeMoment.ANNIVERSARY, jdbc.sql("""
				insert into gratitude_reminder (customer_id, moment, occasion, noticed_at, assignee_id, due_on)
				select a.id, 'ANNIVERSARY', a.years::text, ?, %s, a.on_day
				from (select c.id, y.years, (c.customer_since + make_interval(years => y.years))::date as on_day
				      from customer_facts c
				      cross join lateral (select extract(year from age(cast(? as date), c.customer_since))::int as years) y
				      where c.churned_on is null and y.years >= 1) a
				where a.on_day between cast(? as date) and cast(? as date)
				on conflict do nothing""".formatted(BestKnown.advisorOf("a.id")))
			.params(now, Date.valueOf(today.plusDays(ANNIVERSARY_DAYS)), Date.valueOf(today), Date.valueOf(today.plusDays(ANNIVERSARY_DAYS))).update());
		added.put(GratitudeMoment.COMPLAINT_RESOLVED, jdbc.sql("""
				insert into gratitude_reminder (customer_id, moment, occasion, noticed_at, assignee_id, due_on)
				select k.customer_id, 'COMPLAINT_RESOLVED', 'case:' || k.id, ?, %s, greatest(k.resolved_at::date + 3, cast(? as date))
				from case_facts k join customer_facts c on c.id = k.customer_id
				where k.reason_code = 'COMPLAINT' and k.status in ('RESOLVED', 'CLOSED') and k.resolved_at >= cast(? as date)
				  and c.churned_on is null
				on conflict do nothing""".formatted(BestKnown.advisorOf("k.customer_id")))
			.params(now, Date.valueOf(today), Date.valueOf(today.minusDays(RESOLVED_DAYS))).update());
		return added;
	}
}
