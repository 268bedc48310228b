/** Contacts (one interaction on one channel, with its legs) and cases (a customer's request across contacts). */
@ApplicationModule(allowedDependencies = { "accounts", "customers", "history", "platform" })
package fr.fidele.contacts;

import org.springframework.modulith.ApplicationModule;
