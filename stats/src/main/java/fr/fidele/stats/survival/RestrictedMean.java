package fr.fidele.stats.survival;

/**
 * Restricted mean survival time up to a horizon, with the standard error {@code print(fit, rmean = tau)} reports.
 *
 * @param horizon       the horizon tau
 * @param mean          area under the Kaplan–Meier curve from the start time to tau
 * @param standardError R's se(rmean)
 */
public record RestrictedMean(double horizon, double mean, double standardError) {
}
