/**
 * Personal data of customers (GDPR, Québec's Law 25): everything Fidèle holds on one customer, exported; erased on
 * request while the facts stay for the figures; and who opened which customer's file.
 */
@ApplicationModule(allowedDependencies = { "chat", "contacts", "customers", "email", "feedback", "gratitude", "history", "imports", "messaging", "platform", "quality", "routing", "voice" })
package fr.fidele.privacy;

import org.springframework.modulith.ApplicationModule;
