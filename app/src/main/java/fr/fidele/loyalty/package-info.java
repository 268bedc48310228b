/** What service does to loyalty: survival models over the case file's contacts and outcome events, and the integrity of the figures. */
package fr.fidele.loyalty;
