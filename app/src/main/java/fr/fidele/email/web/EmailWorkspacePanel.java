package fr.fidele.email.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.ContactManagement;
import fr.fidele.customers.Customer;
import fr.fidele.customers.Customers;
import fr.fidele.email.EmailMessages;
import fr.fidele.email.ReplyTemplates;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;
import org.springframework.stereotype.Component;

/**
 * Beside an e-mail or a contact form message in the advisor's workspace: its whole conversation, and the form to
 * answer it, with the reply templates of the contact's reason and language filled in for this customer.
 */
@Component
class EmailWorkspacePanel implements WorkspacePanel {

	/** A template as the reply form offers it: its name and its text ready to send. */
	record Offered(String name, String text) {
	}

	private final EmailMessages messages;
	private final ReplyTemplates templates;
	private final ContactManagement contacts;
	private final Customers customers;
	private final Users users;

	EmailWorkspacePanel(EmailMessages messages, ReplyTemplates templates, ContactManagement contacts, Customers customers, Users users) {
		this.messages = messages;
		this.templates = templates;
		this.contacts = contacts;
		this.customers = customers;
		this.users = users;
	}

	@Override
	public Optional<Panel> panelFor(WorkItem item) {
		if (item.channel() != Channel.EMAIL && item.channel() != Channel.WEB_FORM) {
			return Optional.empty();
		}
		return Optional.of(new Panel("email/panel :: conversation", Map.of("itemId", item.id(), "messages",
				messages.conversationOf(item.contactId()), "unknownSender", item.customerId() == null, "templates", offered(item),
				"undeliverable", messages.undeliverableIn(item.contactId()))));
	}

	private List<Offered> offered(WorkItem item) {
		Contact contact = contacts.get(item.contactId());
		Optional<Customer> customer = Optional.ofNullable(item.customerId()).flatMap(customers::findById);
		String language = customer.map(Customer::language).orElse(item.language() == null ? "fr" : item.language());
		String firstName = customer.map(found -> found.name().split(" ")[0]).orElse("");
		String advisor = Optional.ofNullable(item.advisorId()).flatMap(users::findById).map(User::displayName).orElse("");
		return templates.forReply(contact.reasonCode(), language).stream()
			.map(template -> new Offered(template.name(), template.filled(firstName, advisor, contact.caseId()))).toList();
	}
}
