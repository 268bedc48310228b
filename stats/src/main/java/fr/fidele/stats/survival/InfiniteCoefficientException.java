package fr.fidele.stats.survival;

import java.util.List;

/**
 * The log-likelihood converged while some coefficients were still drifting towards infinity (monotone likelihood,
 * e.g. a group without any event). R only warns ("Loglik converged before variable ...; coefficient may be
 * infinite") and prints meaningless estimates; this library refuses.
 */
public final class InfiniteCoefficientException extends ModelFitException {

    private static final long serialVersionUID = 1L;

    private final List<String> terms;

    InfiniteCoefficientException(List<String> terms) {
        super("Loglik converged before variable " + String.join(", ", terms) + "; coefficient may be infinite");
        this.terms = List.copyOf(terms);
    }

    /** Terms whose coefficient may be infinite. */
    public List<String> terms() {
        return terms;
    }
}
