/**
 * Fidèle statistics: survival analysis equal to R's {@code survival} package and contact-center measures,
 * computed on primitive arrays with no framework dependency.
 */
package fr.fidele.stats;
