package fr.fidele.quality;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import fr.fidele.loyalty.HangUps;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which contacts supervisors evaluate each month: for each advisor, {@code n} of the contacts they answered last
 * (their last leg) drawn at random, and up to {@code n} more for each reason to look closer — a customer who answered
 * unhappy (NPS 0–6, CSAT 1–2), a hang-up, a chain of three advisors or more. Drawing again tops each advisor up to
 * {@code n} without drawing twice: a contact is drawn once, for its first reason.
 */
@Service
public class EvaluationDraws {

	static final int MAX_PER_ADVISOR = 50;

	/** Each reason's condition on a contact ({@code c}, from the contacts' read contract). */
	private static final Map<ChosenBecause, String> REASONS = new EnumMap<>(Map.of(
			ChosenBecause.RANDOM, "true",
			ChosenBecause.DETRACTOR, """
					c.id in (select contact_id from survey_score_facts
					         where measure = 'NPS' and score <= 6 or measure = 'CSAT' and score <= 2)""",
			ChosenBecause.HANG_UP, HangUps.condition("c."),
			ChosenBecause.TRANSFER_CHAIN,
			"(select count(*) from contact_leg_facts t where t.contact_id = c.id and t.contact_arrived_at = c.arrived_at) >= 3"));

	private final JdbcClient jdbc;
	private final Clock clock;

	EvaluationDraws(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Draws the month's contacts and returns how many were drawn now, per reason. */
	@Transactional
	public Map<ChosenBecause, Integer> draw(YearMonth month, int perAdvisor) {
		if (perAdvisor < 1 || perAdvisor > MAX_PER_ADVISOR) {
			throw new InvalidFieldException("perAdvisor", "between", 1, MAX_PER_ADVISOR);
		}
		Map<ChosenBecause, Integer> drawn = new EnumMap<>(ChosenBecause.class);
		for (ChosenBecause reason : List.of(ChosenBecause.DETRACTOR, ChosenBecause.HANG_UP, ChosenBecause.TRANSFER_CHAIN, ChosenBecause.RANDOM)) {
			drawn.put(reason, draw(month, perAdvisor, reason));
		}
		return drawn;
	}

	private int draw(YearMonth month, int perAdvisor, ChosenBecause reason) {
		LocalDate first = month.atDay(1);
		return jdbc.sql("""
				with answered as (
				    select distinct on (l.contact_id) l.contact_id, l.advisor_id
				    from contact_leg_facts l join contact_facts c on c.id = l.contact_id and c.arrived_at = l.contact_arrived_at
				    where c.arrived_at >= ? and c.arrived_at < ? and l.advisor_id is not null and (%s)
				    order by l.contact_id, l.seq desc),
				already as (
				    select advisor_id, count(*) as n from quality_pick where month = ? and reason = ? group by advisor_id),
				ranked as (
				    select a.contact_id, a.advisor_id, row_number() over (partition by a.advisor_id order by random()) as n
				    from answered a
				    where not exists (select 1 from quality_pick p where p.contact_id = a.contact_id)
				      and not exists (select 1 from quality_evaluation e where e.contact_id = a.contact_id))
				insert into quality_pick (contact_id, advisor_id, month, reason, picked_at)
				select r.contact_id, r.advisor_id, ?, ?, ? from ranked r left join already y on y.advisor_id = r.advisor_id
				where r.n <= ? - coalesce(y.n, 0)""".formatted(REASONS.get(reason)))
			.params(Timestamp.valueOf(first.atStartOfDay()), Timestamp.valueOf(first.plusMonths(1).atStartOfDay()), Date.valueOf(first), reason.name(),
					Date.valueOf(first), reason.name(), Timestamp.from(clock.instant()), perAdvisor)
			.update();
	}

	/** The month's drawn contacts, those not yet evaluated first. */
	public List<Pick> picks(YearMonth month) {
		return jdbc.sql("""
				select p.contact_id, p.advisor_id, p.month, p.reason,
				       (select max(e.id) from quality_evaluation e where e.contact_id = p.contact_id and e.calibration_id is null)
				from quality_pick p where p.month = ? order by 5 nulls first, p.advisor_id, p.reason, p.contact_id""")
			.param(Date.valueOf(month.atDay(1)))
			.query((rs, n) -> new Pick(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), ChosenBecause.valueOf(rs.getString(4)),
					(Long) rs.getObject(5)))
			.list();
	}
}
