/** Contacts (one interaction on one channel, with its legs) and cases (a customer's request across contacts). */
package fr.fidele.contacts;
