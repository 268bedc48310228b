package fr.fidele.stats.survival;

/** A covariate is constant or a linear combination of the others, so its coefficient is not identifiable. */
public final class SingularDesignException extends ModelFitException {

    private static final long serialVersionUID = 1L;

    SingularDesignException(String term) {
        super("singular design: covariate '" + term + "' is constant or collinear with the previous ones");
    }
}
