/**
 * Messaging channels (SMS, WhatsApp, Facebook, X, a marketplace) through one signed, idempotent inbound webhook that
 * a provider calls with each customer message, and an outbound webhook to which the advisors' replies are delivered.
 * Each conversation is threaded by the provider's thread id into the customer's case (found by their phone number or
 * account), and a customer's message that waits for an answer is a contact on the SOCIAL channel in the channel's
 * routing queue.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "platform", "routing" })
package fr.fidele.messaging;

import org.springframework.modulith.ApplicationModule;
