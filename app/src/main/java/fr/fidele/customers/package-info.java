/** Customers: identities per channel, profile, consent, and the outcome events their loyalty is read from. */
package fr.fidele.customers;
