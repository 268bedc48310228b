package fr.fidele.routing.web;

import java.time.Duration;
import java.util.List;

import fr.fidele.contacts.Contact;
import fr.fidele.contacts.SupportCase;
import fr.fidele.customers.Customer;
import fr.fidele.routing.ItemState;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;

/**
 * An item in the advisor's workspace with what they need beside it: the transfer note first, whether the
 * customer's identity is verified (and by whom), and the customer's case file: value, expertise, open cases,
 * recent contacts on every channel; the wrap-up notes typed so far ({@code draft}, null for none); what the item's
 * channel shows of it ({@code panels}: an e-mail's conversation and reply form).
 */
record HeldItem(WorkItem item, Duration waited, String verifiedBy, Customer customer, List<SupportCase> openCases,
		List<Contact> recentContacts, String draft, List<WorkspacePanel.Panel> panels) {

	public boolean offered() {
		return item.state() == ItemState.OFFERED;
	}
}
