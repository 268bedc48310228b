package fr.fidele.loyalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import fr.fidele.casefile.Experience;
import fr.fidele.casefile.Exposure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Turns the experience model into what a director decides on: the customers at risk now with their
 * value, what the churn caused by bad experiences costs, and how far word of mouth carries it.
 * Every figure uses the {@link Assumptions} shown beside it. Kept until {@link #recompute}.
 */
@Service
public class ValueAtStakeAnalysis {

	static final int AT_RISK_SHOWN = 100;
	/** Experiences that lose customers: a customer who had one is counted as unhappy. */
	private static final List<String> HARMFUL = Experience.harmful();

	private final JdbcClient jdbc;
	private final ContactsInMemory contacts;
	private final LoyaltyDataReader reader;
	private final ExperienceAnalysis experiences;
	private final Assumptions assumptions;
	private final Clock clock;
	private final AtomicReference<ValueAtStake> latest = new AtomicReference<>();
	private final AtomicReference<LocalDate> lastAsOf = new AtomicReference<>();
	/** The customers' recent contacts counted elsewhere (the Spark job), used for their day and window. */
	private final AtomicReference<RecentContacts> adoptedRecent = new AtomicReference<>();

	/** How many contacts each customer who had any made in the {@code days} days before {@code asOf} and on it. */
	record RecentContacts(LocalDate asOf, int days, CustomerContacts customers) {
	}

	ValueAtStakeAnalysis(JdbcClient jdbc, ContactsInMemory contacts, LoyaltyDataReader reader, ExperienceAnalysis experiences,
			Assumptions assumptions, Clock clock) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.reader = reader;
		this.experiences = experiences;
		this.assumptions = assumptions;
		this.clock = clock;
	}

	public ValueAtStake report() {
		ValueAtStake report = latest.get();
		return report != null ? report : recompute((LocalDate) null);
	}

	/** Computes again as of {@code asOf} (null: today), with the assumptions as they are now. */
	public ValueAtStake recompute(LocalDate asOf) {
		return recompute(reader.read(asOf));
	}

	/** Computes the money again with the assumptions as they are now, on the customers last counted. */
	public ValueAtStake reprice() {
		ValueAtStake last = latest.get();
		return last == null ? recompute((LocalDate) null) : price(lastAsOf.get(), last.unhappyCustomers(), last.happyCustomers());
	}

	ValueAtStake recompute(LoyaltyData data) {
		long[] customers = data.table().unhappyAndHappy(data.columns(HARMFUL), data.column(Exposure.RESOLVED));
		return recompute(data.asOf(), customers[0], customers[1], null);
	}

	/**
	 * Prices the unhappy and happy customers counted as of {@code asOf}, here or elsewhere (the Spark job, which counts
	 * the customers' {@code recent} contacts too; null: those held in memory are counted).
	 */
	synchronized ValueAtStake recompute(LocalDate asOf, long unhappy, long happy, RecentContacts recent) {
		lastAsOf.set(asOf);
		adoptedRecent.set(recent);
		return price(asOf, unhappy, happy);
	}

	private synchronized ValueAtStake price(LocalDate day, long unhappy, long happy) {
		Map<Assumption, Double> values = assumptions.current();
		AtRisk atRisk = atRisk(day, values);
		double attributable = experiences.model().effects().stream().filter(e -> e.reading() == Effect.Reading.LOSES)
			.mapToDouble(Effect::attributableDepartures).sum();
		double averageValue = jdbc.sql("select coalesce(avg(monthly_value), 0) from customer_facts where churned_on is not null")
			.query(Double.class).single();
		double departureCost = values.get(Assumption.KEEPING_COST) * values.get(Assumption.ACQUISITION_MULTIPLE)
				+ averageValue * values.get(Assumption.REVENUE_MONTHS);
		long[] voices = detractorsAndPromoters(day);
		ValueAtStake report = new ValueAtStake(atRisk.shown(), atRisk.count(), atRisk.monthlyValue(), attributable,
				averageValue, departureCost, attributable * departureCost, unhappy, happy,
				unhappy * values.get(Assumption.UNHAPPY_REACH), happy * values.get(Assumption.HAPPY_REACH), voices[0], voices[1],
				voices[0] * values.get(Assumption.UNHAPPY_REACH), voices[1] * values.get(Assumption.HAPPY_REACH), values, clock.instant());
		latest.set(report);
		return report;
	}

	/**
	 * Word of mouth from what customers said: the customers whose last NPS answer before {@code day} made them a
	 * detractor (0 to 6) or a promoter (9 or 10), from the feedback module's published scores.
	 */
	private long[] detractorsAndPromoters(LocalDate day) {
		return jdbc.sql("""
				select count(*) filter (where score <= 6), count(*) filter (where score >= 9) from (
				    select distinct on (customer_id) customer_id, score from survey_score_facts
				    where measure = 'NPS' and customer_id is not null and answered_at < cast(? as date) + 1
				    order by customer_id, answered_at desc) last""")
			.param(day).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	/** The most valuable customers at risk, and how many there are with how much monthly value in all. */
	private record AtRisk(List<AtRiskCustomer> shown, long count, BigDecimal monthlyValue) {
	}

	/** Customers still here with an unresolved complaint, or several contacts in the last days; most valuable first. */
	private AtRisk atRisk(LocalDate day, Map<Assumption, Double> values) {
		long[] count = { 0 };
		BigDecimal[] total = { BigDecimal.ZERO };
		// The recent contacts counted by the Spark job for this day and window, or on those held in memory: grouping them
		// in the database cost seconds at scale.
		int days = (int) Math.round(values.get(Assumption.AT_RISK_DAYS));
		RecentContacts counted = adoptedRecent.get();
		CustomerContacts recent = counted != null && counted.asOf().equals(day) && counted.days() == days ? counted.customers()
				: contacts.perCustomer(new ContactFilter(day.minusDays(days), day, null, null, null, null, null));
		List<AtRiskCustomer> shown = jdbc.sql("""
				with recent as (select * from unnest(cast(? as int8[]), cast(? as int4[])) r(customer_id, contacts)),
				complaints as (
				    select distinct customer_id from case_facts
				    where status in ('OPEN', 'WAITING', 'REOPENED') and reason_code = 'COMPLAINT')
				select c.id, c.reference, c.display_name, c.segment, c.monthly_value, k.customer_id is not null,
				    coalesce(r.contacts, 0), count(*) over (), sum(c.monthly_value) over ()
				from customer_facts c left join recent r on r.customer_id = c.id left join complaints k on k.customer_id = c.id
				where c.churned_on is null and (k.customer_id is not null or r.contacts >= ?)
				order by c.monthly_value desc, c.id limit ?""")
			.params(recent.ids(), recent.counts(), (int) Math.round(values.get(Assumption.AT_RISK_CONTACTS)), AT_RISK_SHOWN)
			.query((rs, n) -> {
				count[0] = rs.getLong(8);
				total[0] = rs.getBigDecimal(9);
				return new AtRiskCustomer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), rs.getBoolean(6), rs.getInt(7));
			})
			.list();
		return new AtRisk(shown, count[0], total[0]);
	}
}
