package fr.fidele.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Duration;
import java.util.List;

import fr.fidele.casefile.Channel;
import fr.fidele.casefile.CountingProcess;
import fr.fidele.casefile.CustomerTable;
import fr.fidele.casefile.FollowUp;
import fr.fidele.casefile.Segment;
import fr.fidele.stats.survival.CoxData;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/**
 * The rows a churn model is fitted on, for a filter, against rows worked out by hand. Four customers, one exposure
 * (day of tenure of its first contact), days as epoch days:
 *
 * <pre>
 * customer  segment       since  follow-up  left   exposure
 * c0        residential   100    50 days    no     day 10.5
 * c1        professional  120    40 days    no     never
 * c2        residential    90    30 days    yes    day 5     (last day: epoch 119)
 * c3        residential   125    10 days    yes    day 7.25  (last day: epoch 134)
 * </pre>
 */
class FollowUpTests {

	private static final CustomerTable TABLE = new CustomerTable(4,
			new double[] { 50, 40, 30, 10 }, new boolean[] { false, false, true, true }, new int[] { 0, 1, 0, 0 },
			new int[] { 100, 120, 90, 125 }, new double[][] { { 10.5, Double.NaN, 5, 7.25 } }, new long[] { 1, 2, 3, 4 });

	private static CoxData rows(ContactFilter filter) {
		return CountingProcess.of(TABLE, new int[] { 0 }, List.of("X"), filter.followUp(TABLE));
	}

	@Test
	void withoutFilterEveryCustomerIsFollowedFromTheStartAndSplitAtTheExposure() {
		CoxData data = rows(ContactFilter.NONE);
		// c0: (0, 10.5] unexposed, (10.5, 50] exposed; c1: (0, 40]; c2: (0, 5], (5, 30] leaves; c3: (0, 7.25], (7.25, 10] leaves
		assertThat(data.start()).containsExactly(0, 10.5, 0, 0, 5, 0, 7.25);
		assertThat(data.stop()).containsExactly(10.5, 50, 40, 5, 30, 7.25, 10);
		assertThat(data.event()).containsExactly(false, false, false, false, true, false, true);
		assertThat(data.covariates()[0]).containsExactly(0, 1, 0, 0, 1, 0, 1);
		assertThat(data.stratum()).containsExactly(0, 0, 1, 0, 0, 0, 0);
	}

	@Test
	void aPeriodFollowsEachCustomerOnlyOverItsDaysAndCountsOnlyDeparturesInsideIt() {
		// Epoch days 130 to 139: c0 from tenure day 30 to 40 (still there after), exposed since day 10.5;
		// c1 from day 10 to 20; c2 left on epoch 119, before the period: out; c3 from day 5, exposed on 7.25, leaves on 10.
		CoxData data = rows(new ContactFilter(LocalDate.ofEpochDay(130), LocalDate.ofEpochDay(139), null, null, null, null, null));
		assertThat(data.start()).containsExactly(30, 10, 5, 7.25);
		assertThat(data.stop()).containsExactly(40, 20, 7.25, 10);
		assertThat(data.event()).containsExactly(false, false, false, true);
		assertThat(data.covariates()[0]).containsExactly(1, 0, 0, 1);
	}

	@Test
	void aDepartureOnTheLastDayOfThePeriodCountsAndOneTheDayAfterDoesNot() {
		// c3's last day is epoch 134.
		assertThat(rows(new ContactFilter(null, LocalDate.ofEpochDay(134), null, null, null, null, null)).event())
			.containsExactly(false, false, false, false, true, false, true);
		CoxData before = rows(new ContactFilter(null, LocalDate.ofEpochDay(133), null, null, null, null, null));
		assertThat(before.stop()).containsExactly(10.5, 34, 14, 5, 30, 7.25, 9);
		assertThat(before.event()).containsExactly(false, false, false, false, true, false, false);
	}

	@Test
	void aSegmentKeepsOnlyItsCustomers() {
		FollowUp professional = new ContactFilter(null, null, null, null, null, null, Segment.PROFESSIONAL).followUp(TABLE);
		assertThat(professional.customers()).isEqualTo(1);
		assertThat(professional.departures()).isZero();
		CoxData data = rows(new ContactFilter(null, null, null, null, null, null, Segment.PROFESSIONAL));
		assertThat(data.start()).containsExactly(0);
		assertThat(data.stop()).containsExactly(40);
	}

	@Test
	void theContactPartsOfAFilterDoNotChangeWhoAModelFollows() {
		ContactFilter byTeam = new ContactFilter(null, null, Channel.PHONE, "q", "COMPLAINT", 3L, null);
		assertThat(byTeam.modelPart().isNone()).isTrue();
		assertThat(byTeam.restrictsContactsOnly()).isTrue();
	}

	@Test
	void withNothingEstimableTheEffectsAreEmptyNotAnError() {
		// a database without any survey answer yet: the satisfaction breakdown has no column to fit
		CoxEffects inProcess = new CoxEffects(new ModelFits(new LoyaltyProperties(false, "-", Duration.ZERO, LoyaltyProperties.Cluster.NONE), new SimpleMeterRegistry()));
		assertThat(inProcess.fit(TABLE, new int[0], List.of(), FollowUp.of(TABLE))).isEmpty();
	}
}
