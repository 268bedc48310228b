/**
 * The demo company: a French energy and telecom supplier with advisors, customers and two years of
 * contacts in which churn really depends on service, with the effects written down so analytics
 * can be checked against them (docs/demo-company.md).
 */
@ApplicationModule(allowedDependencies = { "accounts", "catalogue", "contacts", "customers", "email", "feedback", "gratitude", "guidance", "knowledge", "messaging", "mystery", "people", "quality", "routing" })
package fr.fidele.demo;

import org.springframework.modulith.ApplicationModule;
