/**
 * The e-mail channel: mailboxes read over IMAP and answered over SMTP; each message customers write is kept once,
 * threaded into its conversation and case (by its headers, by the case reference in its subject, by the sender's
 * address), and becomes a contact on the EMAIL channel in the mailbox's routing queue. Automatic replies, bounces and
 * mailing lists are kept but open nothing.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "platform", "routing" })
package fr.fidele.email;

import org.springframework.modulith.ApplicationModule;
