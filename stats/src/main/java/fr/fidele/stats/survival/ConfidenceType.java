package fr.fidele.stats.survival;

/**
 * Pointwise confidence interval of a Kaplan–Meier curve, as {@code survfit(conf.type = ...)} computes it from the
 * standard error of the cumulative hazard (R's {@code survival:::survfit_confint}).
 */
public enum ConfidenceType {
    /** {@code exp(log S ± z se)}, upper bound capped at 1; undefined where S = 0. R's default. */
    LOG("log"),
    /** {@code exp(-exp(log(-log S) ∓ z se / log S))}; undefined where S is 0 or 1. */
    LOG_LOG("log-log"),
    /** {@code S ± z se S}, clipped to [0, 1]. */
    PLAIN("plain");

    private final String rName;

    ConfidenceType(String rName) {
        this.rName = rName;
    }

    /** The name R uses for this type ({@code "log"}, {@code "log-log"}, {@code "plain"}). */
    public String rName() {
        return rName;
    }

    /** Parses R's name of a confidence type. */
    public static ConfidenceType fromRName(String name) {
        for (ConfidenceType type : values()) {
            if (type.rName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown confidence type '" + name + "' (expected log, log-log or plain)");
    }

    /** Lower bound of the interval; NaN where R reports NA. */
    double lower(double surv, double hazardSe, double z) {
        switch (this) {
            case LOG:
                return surv == 0 ? Double.NaN : surv * Math.exp(-z * hazardSe); // exp(log S - z se), one exp less
            case LOG_LOG:
                return surv == 0 || surv == 1 ? Double.NaN
                        : Math.exp(-Math.exp(Math.log(-Math.log(surv)) - z * hazardSe / Math.log(surv)));
            default:
                return Math.max(surv - hazardSe * surv * z, 0);
        }
    }

    /** Upper bound of the interval; NaN where R reports NA. */
    double upper(double surv, double hazardSe, double z) {
        switch (this) {
            case LOG:
                return surv == 0 ? Double.NaN : Math.min(surv * Math.exp(z * hazardSe), 1);
            case LOG_LOG:
                return surv == 0 || surv == 1 ? Double.NaN
                        : Math.exp(-Math.exp(Math.log(-Math.log(surv)) + z * hazardSe / Math.log(surv)));
            default:
                return Math.min(surv + hazardSe * surv * z, 1);
        }
    }
}
