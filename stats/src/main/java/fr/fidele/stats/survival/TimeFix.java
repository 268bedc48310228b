package fr.fidele.stats.survival;

/**
 * Whether times that differ only by rounding error are merged before fitting, as R's {@code timefix} argument of
 * {@code survfit}, {@code survdiff} and {@code coxph} (through {@code aeqSurv}). Two consecutive distinct times are
 * near-ties when their difference is at most √ε (ε the machine epsilon), absolutely or relative to the mean absolute
 * value of the distinct times; each chain of near-ties becomes its smallest time.
 */
public enum TimeFix {

    /** R's default ({@code timefix = TRUE}): near-ties are merged. */
    ON,

    /** Times are compared exactly ({@code timefix = FALSE}). */
    OFF
}
