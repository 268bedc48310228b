/** Imports of customers and contacts from CSV files: column mappings, known formats, reports of rejected rows. */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "platform" })
package fr.fidele.imports;

import org.springframework.modulith.ApplicationModule;
