/**
 * Surveys: the customers' satisfaction asked and measured. Transactional surveys follow contacts by rules an
 * administrator sets (sampled, a customer asked at most once in a while, never after a cancellation or during an open
 * complaint unless the rule says so); relational surveys go to a random sample of all customers. Each invitation is
 * an unguessable, expiring link to a public answer page; the figures are the published measures (CSAT, NPS, CES) with
 * their sample sizes, response rates and intervals.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "platform", "routing" })
package fr.fidele.feedback;

import org.springframework.modulith.ApplicationModule;
