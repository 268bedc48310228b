package fr.fidele.ui;

import java.util.List;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.SupportCase;
import fr.fidele.customers.Customer;
import fr.fidele.history.HistoryEntry;

/** A case page: the case, its customer, its contacts across channels, and its history. */
record CaseView(SupportCase supportCase, Customer customer, List<Contact> contacts, List<HistoryEntry> history,
		Labels labels) {
}
