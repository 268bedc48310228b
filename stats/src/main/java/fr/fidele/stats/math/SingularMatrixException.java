package fr.fidele.stats.math;

/** A symmetric matrix that is not (numerically) positive definite. */
public class SingularMatrixException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final int column;

    /** @param column first column that is (nearly) a combination of the previous ones */
    public SingularMatrixException(int column) {
        super("matrix is singular at column " + (column + 1));
        this.column = column;
    }

    /** Zero-based index of the first dependent column. */
    public int column() {
        return column;
    }
}
