/**
 * Contact-center measures with their published definitions: NPS, CSAT, CES, first-contact resolution, repeat
 * contacts, abandonment, service level, average handle time and Erlang C staffing. See {@code docs/metrics.md}.
 */
package fr.fidele.stats.measures;
