package fr.fidele.stats.math;

/**
 * Student's t distribution: its two-sided critical value, for the interval of a mean from few observations (a mystery
 * shopping wave of ten visits), where the normal's 1.96 would be too narrow. The distribution function is the
 * regularized incomplete beta function, I<sub>x</sub>(df/2, 1/2) with x = df / (df + t²), by its continued fraction
 * (Lentz's method); the quantile is found by bisection to double precision. Equal to R's {@code qt} (and SciPy's) to 1e-9.
 */
public final class StudentT {

    private static final int MAX_ITERATIONS = 300;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;

    private StudentT() {
    }

    /** P(T &gt; t) for t &ge; 0, the upper tail with {@code df} degrees of freedom. */
    public static double upperTail(double t, double df) {
        if (t < 0) {
            throw new IllegalArgumentException("t must not be negative: " + t);
        }
        return 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** The t such that P(T &le; t) = p, for p in [0.5, 1). */
    public static double quantile(double p, double df) {
        if (!(p >= 0.5 && p < 1) || !(df > 0)) {
            throw new IllegalArgumentException("quantile needs p in [0.5, 1) and df > 0: " + p + ", " + df);
        }
        double tail = 1 - p;
        double low = 0;
        double high = 1;
        while (upperTail(high, df) > tail) {
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-13 * Math.max(1, high); i++) {
            double mid = (low + high) / 2;
            if (upperTail(mid, df) > tail) {
                low = mid;
            }
            else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** I_x(a, b), by the continued fraction where it converges and the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) elsewhere. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * continuedFraction(x, a, b) / a;
        }
        return 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    private static double continuedFraction(double x, double a, double b) {
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < TINY ? TINY : d);
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < EPSILON) {
                return h;
            }
        }
        return h;
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    /** ln Γ(z) by Lanczos' approximation (g = 7, nine terms), accurate to about 1e-15 for z &gt; 0. */
    static double logGamma(double z) {
        double[] g = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7 };
        if (z < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
        }
        double zm = z - 1;
        double sum = g[0];
        double t = zm + 7.5;
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (zm + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (zm + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
