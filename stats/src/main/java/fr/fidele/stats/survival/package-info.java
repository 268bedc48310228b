/**
 * Survival analysis equal to R's {@code survival} package (3.x): Kaplan–Meier curves, median and restricted mean
 * survival, log-rank / Fleming–Harrington tests and the Cox proportional hazards model with concordance.
 */
package fr.fidele.stats.survival;
