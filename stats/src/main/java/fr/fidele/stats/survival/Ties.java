package fr.fidele.stats.survival;

/** Handling of tied event times in the Cox partial likelihood. */
public enum Ties {
    /** Efron's approximation, R's default. */
    EFRON,
    /** Breslow's approximation. */
    BRESLOW
}
