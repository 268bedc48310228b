/**
 * Outgoing webhooks: what happened to customers, contacts and cases, sent to the systems an administrator names,
 * signed (HMAC-SHA256 with a timestamp), retried with growing waits, logged, and stopped after repeated failures.
 */
@ApplicationModule(allowedDependencies = { "contacts", "customers", "platform", "privacy" })
package fr.fidele.webhooks;

import org.springframework.modulith.ApplicationModule;
