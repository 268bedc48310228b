package fr.fidele.stats.math;

/**
 * Cholesky factorisation of a small symmetric positive-definite matrix (an information or variance matrix), with
 * solve, inverse and quadratic forms. The factor is computed once and reused.
 */
public final class SymmetricMatrix {

    /**
     * A pivot below this fraction of its original diagonal element marks a (numerically) singular matrix; it is R's
     * {@code coxph.control()$toler.chol}, {@code .Machine$double.eps^0.75}, applied scale-free.
     */
    public static final double SINGULARITY_TOLERANCE = Math.pow(Math.ulp(1.0), 0.75);

    private final double[][] lower;

    private SymmetricMatrix(double[][] lower) {
        this.lower = lower;
    }

    /**
     * Factorises {@code matrix} (only its lower triangle is read).
     *
     * @throws SingularMatrixException when a pivot is not clearly positive; {@link SingularMatrixException#column()}
     *                                 tells which column depends on the previous ones
     */
    public static SymmetricMatrix factor(double[][] matrix) {
        int p = matrix.length;
        double[][] l = new double[p][p];
        for (int j = 0; j < p; j++) {
            double pivot = matrix[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= l[j][k] * l[j][k];
            }
            if (!(pivot > SINGULARITY_TOLERANCE * Math.abs(matrix[j][j]))) {
                throw new SingularMatrixException(j);
            }
            l[j][j] = Math.sqrt(pivot);
            for (int i = j + 1; i < p; i++) {
                double sum = matrix[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = sum / l[j][j];
            }
        }
        return new SymmetricMatrix(l);
    }

    /** Solves {@code A x = b}. */
    public double[] solve(double[] b) {
        int p = lower.length;
        double[] y = new double[p];
        for (int i = 0; i < p; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i][k] * y[k];
            }
            y[i] = sum / lower[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < p; k++) {
                sum -= lower[k][i] * x[k];
            }
            x[i] = sum / lower[i][i];
        }
        return x;
    }

    /** The inverse matrix, column by column. */
    public double[][] inverse() {
        int p = lower.length;
        double[][] inverse = new double[p][p];
        for (int j = 0; j < p; j++) {
            double[] unit = new double[p];
            unit[j] = 1;
            double[] column = solve(unit);
            for (int i = 0; i < p; i++) {
                inverse[i][j] = column[i];
            }
        }
        return inverse;
    }

    /** {@code bᵀ A⁻¹ b}. */
    public double quadraticFormOfInverse(double[] b) {
        double[] x = solve(b);
        double sum = 0;
        for (int i = 0; i < b.length; i++) {
            sum += b[i] * x[i];
        }
        return sum;
    }

    /** {@code bᵀ A⁻¹ b} for a matrix factorised on the spot. */
    public static double quadraticFormOfInverse(double[][] matrix, double[] b) {
        return factor(matrix).quadraticFormOfInverse(b);
    }

    /** {@code bᵀ A b} for a full symmetric matrix. */
    public static double quadraticForm(double[][] matrix, double[] b) {
        double sum = 0;
        for (int i = 0; i < b.length; i++) {
            for (int j = 0; j < b.length; j++) {
                sum += b[i] * matrix[i][j] * b[j];
            }
        }
        return sum;
    }
}
