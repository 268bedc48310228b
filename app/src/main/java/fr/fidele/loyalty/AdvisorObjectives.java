package fr.fidele.loyalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What an advisor acts on: the share of the requests they opened that they resolved at once, month by
 * month, their contribution to loyalty and their hang-up share beside everyone's, and the customers
 * they served lately who are at risk now. Each advisor's page is kept as long as the dashboards' figures may lag
 * the contacts ({@code fidele.loyalty.fold-after}), and never past its day: its two queries join a year of the
 * advisor's legs to their contacts, about a second on ten million contacts, and an advisor reloading the page should
 * not wait that each time.
 */
@Service
public class AdvisorObjectives {

	static final int TREND_MONTHS = 12;
	static final int RECENT_DAYS = 30;

	private final JdbcClient jdbc;
	private final AdvisorContributions contributions;
	private final IntegrityCheck integrity;
	private final Clock clock;
	/** Each advisor's page of the day, while it is kept; null when pages are computed at each request. */
	private final Cache<Page, Objectives> kept;

	/** An advisor's page on a day: a page is never kept into the next day, whose months and recent days differ. */
	private record Page(long advisorId, LocalDate day) {
	}

	AdvisorObjectives(JdbcClient jdbc, AdvisorContributions contributions, IntegrityCheck integrity, LoyaltyProperties properties,
			Clock clock) {
		this.jdbc = jdbc;
		this.contributions = contributions;
		this.integrity = integrity;
		this.clock = clock;
		// on the application's clock, so that a page's age is the one the dashboards' figures are held to
		this.kept = properties.foldAfter().isZero() ? null
				: Caffeine.newBuilder().expireAfterWrite(properties.foldAfter()).ticker(() -> nanos(clock.instant())).build();
	}

	/** One month: requests the advisor opened (first contact of a case answered by them), and how many they resolved then. */
	public record Month(LocalDate month, long opened, long resolvedAtOnce) {
		public double share() {
			return opened == 0 ? Double.NaN : (double) resolvedAtOnce / opened;
		}
	}

	/** A customer the advisor served lately who is at risk now. */
	public record MyCustomerAtRisk(long id, String reference, String name, BigDecimal monthlyValue, boolean openComplaint,
			int recentContacts) {
	}

	/** Everything on the advisor's page. */
	public record Objectives(List<Month> trend, Optional<AdvisorContribution> contribution, Optional<AdvisorIntegrity> integrity,
			double pooledHangUpRate, List<MyCustomerAtRisk> atRisk) {
	}

	public Objectives of(long advisorId) {
		Page page = new Page(advisorId, LocalDate.now(clock));
		return kept == null ? compute(page) : kept.get(page, this::compute);
	}

	private static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	private Objectives compute(Page page) {
		long advisorId = page.advisorId();
		LocalDate today = page.day();
		// A leg starts when its contact is answered, after it arrived: the condition on the leg's start adds no
		// restriction, and lets the index by advisor and start read only the months shown.
		LocalDate trendStart = today.withDayOfMonth(1).minusMonths(TREND_MONTHS - 1);
		LocalDate recentStart = today.minusDays(RECENT_DAYS);
		// unmodifiable, as the rest of the page: a kept page is shared by the advisor's requests
		List<Month> trend = List.copyOf(jdbc.sql("""
				select date_trunc('month', c.arrived_at)::date, count(*), count(*) filter (where c.resolved)
				from contact_leg_facts l join contact_facts c on c.id = l.contact_id and c.arrived_at = l.contact_arrived_at
				where l.advisor_id = ? and l.seq = 1 and c.first_of_case and c.case_id is not null
				  and l.started_at >= cast(? as date) and c.arrived_at >= cast(? as date)
				group by 1 order by 1""")
			.params(advisorId, trendStart, trendStart)
			.query((rs, n) -> new Month(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3))).list());
		IntegrityReport everyone = integrity.report(ContactFilter.NONE);
		List<MyCustomerAtRisk> atRisk = jdbc.sql("""
				with mine as (
				    select distinct c.customer_id from contact_leg_facts l join contact_facts c on c.id = l.contact_id and c.arrived_at = l.contact_arrived_at
				    where l.advisor_id = ? and c.customer_id is not null and l.started_at >= cast(? as date)
				      and c.arrived_at >= cast(? as date))
				select cu.id, cu.reference, cu.display_name, cu.monthly_value,
				    exists (select 1 from case_facts k where k.customer_id = cu.id and k.reason_code = 'COMPLAINT'
				            and k.status in ('OPEN', 'WAITING', 'REOPENED')) as complaint,
				    (select count(*) from contact_facts t where t.customer_id = cu.id and t.arrived_at >= cast(? as date) - 7) as recent
				from mine join customer_facts cu on cu.id = mine.customer_id
				where cu.churned_on is null
				order by cu.monthly_value desc""")
			.params(advisorId, recentStart, recentStart, today)
			.query((rs, n) -> new MyCustomerAtRisk(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBoolean(5), rs.getInt(6)))
			.list().stream().filter(c -> c.openComplaint() || c.recentContacts() >= 2).toList();
		return new Objectives(trend, contributions.advisors().stream().filter(a -> a.advisorId() == advisorId).findFirst(),
				everyone.advisors().stream().filter(a -> a.advisorId() == advisorId).findFirst(),
				everyone.everyone().answered() == 0 ? 0 : everyone.everyone().hangUpRate(), atRisk);
	}
}
