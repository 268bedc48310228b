/** Customers: identities per channel, profile, consent, and the outcome events their loyalty is read from. */
@ApplicationModule(allowedDependencies = { "history", "platform" })
package fr.fidele.customers;

import org.springframework.modulith.ApplicationModule;
