/** What service does to loyalty: survival models over the case file's contacts and outcome events, and the integrity of the figures. */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "feedback", "history", "imports", "platform" })
package fr.fidele.loyalty;

import org.springframework.modulith.ApplicationModule;
