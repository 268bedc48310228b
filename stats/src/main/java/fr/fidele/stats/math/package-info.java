/** Numerical building blocks: distributions, index sorting and small dense linear algebra. */
package fr.fidele.stats.math;
