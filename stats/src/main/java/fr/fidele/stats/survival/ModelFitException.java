package fr.fidele.stats.survival;

/**
 * A model that cannot be fitted reliably: rather than print a wrong number, the fit stops with a subclass of this
 * exception saying why.
 */
public abstract class ModelFitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ModelFitException(String message) {
        super(message);
    }
}
