package fr.fidele.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.fidele.casefile.FigureThresholds;
import fr.fidele.stats.measures.CallRecords.AbandonedCalls;
import org.junit.jupiter.api.Test;

/**
 * The thresholds the job reads from its environment: the application's text read back as written, the defaults when
 * none is given, and a mistyped one refused with the threshold it names, before the job reads anything.
 */
class FigureThresholdsTest {

    @Test
    void theApplicationsTextIsReadBackAsWritten() {
        FigureThresholds company = new FigureThresholds(10, 30, AbandonedCalls.COUNTED_AS_MISSED, 3, 14);
        assertThat(FigureThresholds.parse(company.toString())).isEqualTo(company);
        FigureThresholds longest = new FigureThresholds(FigureThresholds.MAX_SECONDS, FigureThresholds.MAX_SECONDS,
            AbandonedCalls.COUNTED_AS_MISSED, FigureThresholds.MAX_RESOLUTION_DAYS, 100_000);
        assertThat(FigureThresholds.parse(longest.toString())).as("the longest a company may set").isEqualTo(longest);
        assertThat(FigureThresholds.parse(" 5 20 SHORT_ABANDONS_EXCLUDED 7 7 ")).isEqualTo(FigureThresholds.DEFAULTS);
        assertThat(FigureThresholds.parse("5\t20  SHORT_ABANDONS_EXCLUDED 7 7")).isEqualTo(FigureThresholds.DEFAULTS);
        assertThat(FigureThresholds.parse(null)).isEqualTo(FigureThresholds.DEFAULTS);
        assertThat(FigureThresholds.parse("  ")).isEqualTo(FigureThresholds.DEFAULTS);
    }

    @Test
    void aMistypedThresholdIsRefusedByName() {
        assertThatThrownBy(() -> FigureThresholds.parse("5 20 SHORT_ABANDONS_EXCLUDED 7"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("five words");
        assertThatThrownBy(() -> FigureThresholds.parse("5 20s SHORT_ABANDONS_EXCLUDED 7 7"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetSeconds").hasMessageContaining("20s");
        assertThatThrownBy(() -> FigureThresholds.parse("5 20 SHORT 7 7"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("abandonedCalls")
            .hasMessageContaining("SHORT_ABANDONS_EXCLUDED");
        assertThatThrownBy(() -> FigureThresholds.parse("5 20 SHORT_ABANDONS_EXCLUDED 0 7"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolutionDays is between 1 and 365");
        assertThatThrownBy(() -> FigureThresholds.parse("5 20 SHORT_ABANDONS_EXCLUDED 366 7"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolutionDays is between 1 and 365, not 366");
        assertThatThrownBy(() -> FigureThresholds.parse("5 3601 SHORT_ABANDONS_EXCLUDED 7 7"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("targetSeconds is between 0 and 3600");
        assertThatThrownBy(() -> FigureThresholds.parse("-1 20 SHORT_ABANDONS_EXCLUDED 7 7"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shortAbandonSeconds");
        assertThatThrownBy(() -> FigureThresholds.parse("5 20 SHORT_ABANDONS_EXCLUDED 7 -7"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recentDays is at least 0");
    }
}
