/**
 * Live web chat: a widget the company puts on its site with one script tag, shown in a frame served by Fidèle. A
 * customer signed in on the site comes with their reference signed by the site (HMAC with the widget's identity
 * secret) and is verified without a question; the conversation is a contact on the CHAT channel in the widget's queue,
 * offered to an advisor's chat slots, answered live from the workspace both ways (server-sent events, woken across
 * instances by PostgreSQL notifications), and its transcript stays in the case file. Outside business hours, or when
 * the wait is too long, the customer leaves a message instead, which becomes an e-mail case.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "email", "feedback", "platform", "routing" })
package fr.fidele.chat;

import org.springframework.modulith.ApplicationModule;
