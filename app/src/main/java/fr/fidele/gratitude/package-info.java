/**
 * Gratitude that is never automated (seed 000, "MERCI : un mot puissant et durable"): Fidèle notices the moments that
 * deserve a personal thank-you — a new customer's first weeks, an anniversary of the relationship, a complaint
 * resolved, a customer who helped (a story, a referral), a loss the customer mentioned — and makes each a reminder for
 * the person who knows the customer best, with its context. They call or write personally and record it. Fidèle never
 * sends a thank-you itself, and refuses the same words for two customers: there is no mail merge for thanks. The
 * decision tool shows whether thanked customers stay longer than those reminded and not thanked.
 */
@ApplicationModule(allowedDependencies = { "accounts", "customers", "loyalty", "platform" })
package fr.fidele.gratitude;

import org.springframework.modulith.ApplicationModule;
