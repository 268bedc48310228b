package fr.fidele.stats.survival;

/**
 * A model that the engine fitting it elsewhere (a Spark cluster) could not fit reliably, for the reason that engine's
 * {@link ModelFitException} gave: the caller treats it as it treats a fit refused in process.
 */
public final class FitElsewhereException extends ModelFitException {

    private static final long serialVersionUID = 1L;

    public FitElsewhereException(String reason) {
        super(reason);
    }
}
