package fr.fidele.stats.survival;

/** Newton–Raphson reached the iteration limit without the log-likelihood converging. */
public final class NonConvergenceException extends ModelFitException {

    private static final long serialVersionUID = 1L;

    NonConvergenceException(int iterations) {
        super("Cox model did not converge in " + iterations + " iterations");
    }
}
