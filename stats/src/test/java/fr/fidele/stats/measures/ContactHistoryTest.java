package fr.fidele.stats.measures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactHistoryTest {

    private static final double DAY = 86_400;

    // Request 7: resolved at first contact, no repeat.            -> FCR
    // Request 3: resolved at first contact, repeat after 2 days.  -> not FCR within 7 days, FCR within 1 day
    // Request 5: first contact not resolved, resolved later.      -> not FCR
    // Request 9: resolved, repeat after exactly 7 days.           -> not FCR within 7 days (window included)
    private final ContactHistory history = new ContactHistory(
            new long[] {3, 7, 5, 3, 5, 9, 9},
            new double[] {0, 10 * DAY, DAY, 2 * DAY, 3 * DAY, 20 * DAY, 27 * DAY},
            new boolean[] {true, true, false, true, true, true, true});

    @Test
    void firstContactResolutionCountsRequestsResolvedWithoutRepeat() {
        Proportion sevenDays = history.firstContactResolution(7);
        Proportion oneDay = history.firstContactResolution(1);

        assertThat(sevenDays.numerator()).isEqualTo(1);
        assertThat(sevenDays.denominator()).isEqualTo(4);
        assertThat(oneDay.numerator()).isEqualTo(3);
    }

    @Test
    void repeatContactRateCountsContactsFollowedWithinTheWindow() {
        Proportion sevenDays = history.repeatContactRate(7);

        // contacts followed within 7 days: request 3 at day 0, request 5 at day 1, request 9 at day 20
        assertThat(sevenDays.numerator()).isEqualTo(3);
        assertThat(sevenDays.denominator()).isEqualTo(7);
        assertThat(history.repeatContactRate(1.5).numerator()).isZero();
    }

    @Test
    void theOrderIsByRequestThenTimeWithTiesInTheGivenOrderWhetherSortedOrNot() {
        // request 3 has two contacts at the same time: rows 3 and 4 keep their order
        long[] key = {9, 3, 5, 3, 3, 5};
        double[] time = {0, 2 * DAY, DAY, DAY, DAY, 0};
        boolean[] resolved = {true, false, true, true, false, false};
        ContactHistory shuffled = new ContactHistory(key, time, resolved);

        int[] order = shuffled.byRequestThenTime();

        assertThat(order).containsExactly(3, 4, 1, 5, 2, 0);
        ContactHistory sorted = new ContactHistory(new long[] {3, 3, 3, 5, 5, 9}, new double[] {DAY, DAY, 2 * DAY, 0, DAY, 0},
                new boolean[] {true, false, false, false, true, true});
        assertThat(sorted.byRequestThenTime()).containsExactly(0, 1, 2, 3, 4, 5);
        for (double window : new double[] {0.5, 1, 7}) {
            assertThat(sorted.firstContactResolution(window)).isEqualTo(shuffled.firstContactResolution(window));
            assertThat(sorted.repeatContactRate(window)).isEqualTo(shuffled.repeatContactRate(window));
        }
    }
}
