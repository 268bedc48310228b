package fr.fidele.stats.math;

/**
 * Normal and chi-square distribution functions accurate to double precision, as R computes them.
 */
public final class Distributions {

    private static final double LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
    private static final double RELATIVE_PRECISION = 1e-16;
    private static final int MAX_TERMS = 100_000;

    private Distributions() {
    }

    /**
     * Quantile of the standard normal distribution (Wichura's algorithm AS 241, the one used by R's {@code qnorm}).
     *
     * @param p probability in (0, 1)
     * @return z such that P(Z &lt;= z) = p
     */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + p);
        }
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r
                    + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r
                    + 133.14166789178437745) * r + 3.387132872796366608)
                    / (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r
                    + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r
                    + 42.313330701600911252) * r + 1.0);
        }
        double r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
        double value;
        if (r <= 5) {
            r -= 1.6;
            value = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                    + 4.6303378461565452959) * r + 1.42343711074968357734)
                    / (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                    + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                    + 2.05319162663775882187) * r + 1.0);
        } else {
            r -= 5;
            value = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                    + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                    + 5.4637849111641143699) * r + 6.6579046435011037772)
                    / (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                    + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                    + 0.59983220655588793769) * r + 1.0);
        }
        return q < 0 ? -value : value;
    }

    /**
     * Two-sided p-value of a standard normal statistic, {@code 2 * pnorm(-|z|)}.
     * Computed as the upper tail of a chi-square with one degree of freedom at z², which keeps full relative
     * precision for tiny p-values.
     */
    public static double normalTwoSidedP(double z) {
        return chiSquareUpperTail(z * z, 1);
    }

    /**
     * Upper tail of the chi-square distribution, {@code pchisq(x, df, lower.tail = FALSE)}.
     *
     * @param x  statistic, non-negative
     * @param df integer degrees of freedom, at least 1
     */
    public static double chiSquareUpperTail(double x, int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + df);
        }
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return regularizedUpperGamma(df / 2.0, x / 2, logGammaOfHalf(df));
    }

    /** log Γ(df/2) computed exactly from Γ(1) = 1, Γ(1/2) = √π and Γ(a + 1) = a Γ(a): no approximation needed. */
    static double logGammaOfHalf(int df) {
        double log = df % 2 == 0 ? 0 : LOG_SQRT_PI;
        for (double a = df % 2 == 0 ? 1 : 0.5; a < df / 2.0; a++) {
            log += Math.log(a);
        }
        return log;
    }

    /** Q(a, x) = Γ(a, x) / Γ(a): series for P below a + 1, Lentz continued fraction for Q above (Numerical Recipes). */
    private static double regularizedUpperGamma(double a, double x, double logGammaA) {
        double logPrefactor = a * Math.log(x) - x - logGammaA;
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < MAX_TERMS; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * RELATIVE_PRECISION) {
                    break;
                }
            }
            return 1 - sum * Math.exp(logPrefactor);
        }
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < RELATIVE_PRECISION) {
                break;
            }
        }
        return Math.exp(logPrefactor) * h;
    }
}
