/** Pages composed from the modules' APIs: the customer case file, case pages, layout. Depends on modules, never the reverse. */
@ApplicationModule(allowedDependencies = { "accounts", "chat", "contacts", "customers", "email", "gratitude", "history", "platform" })
package fr.fidele.ui;

import org.springframework.modulith.ApplicationModule;
