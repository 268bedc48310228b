/**
 * "Anything else I can offer?" (seed 000: the pharmacy that, with a travel vaccine, mentions its injection service and
 * a travel kit): the company's products and the links between them, edited by administrators and imported from CSV;
 * for each customer at each contact the two or three suggestions that fit, each with its reason in plain words, never
 * pushed to a customer with an open complaint or a cancellation request unless a supervisor's rule allows it; what the
 * advisor made of them, and whether customers who accepted one stay longer.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "guidance", "loyalty", "platform", "routing" })
package fr.fidele.catalogue;

import org.springframework.modulith.ApplicationModule;
