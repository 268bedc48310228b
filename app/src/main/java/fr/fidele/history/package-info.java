/** Who changed what in the case file, when and why: an append-only history of every write. */
@ApplicationModule(allowedDependencies = { "platform" })
package fr.fidele.history;

import org.springframework.modulith.ApplicationModule;
