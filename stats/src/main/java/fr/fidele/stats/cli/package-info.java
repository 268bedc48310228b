/** The {@code fidele-stats} command line: reads a CSV file and prints R-comparable results as CSV. */
package fr.fidele.stats.cli;
