/**
 * The contact form: a public page, and an embeddable version for the company's own site, where a customer who
 * neither calls nor e-mails writes to the service. Robots are turned away without any outside service (a field only
 * they fill, a form sent too fast or too old, a limit per address); each message becomes an e-mail conversation of
 * the form's mailbox, answered by e-mail, on the WEB_FORM channel.
 */
@ApplicationModule(allowedDependencies = { "email", "platform" })
package fr.fidele.contactform;

import org.springframework.modulith.ApplicationModule;
