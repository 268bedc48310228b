package fr.fidele.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.fidele.chat.ChatMessage;
import fr.fidele.chat.ChatMessages;
import fr.fidele.feedback.SurveyAnswers;
import fr.fidele.gratitude.Gratitude;
import fr.fidele.gratitude.Reminder;
import fr.fidele.contacts.Cases;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.Contacts;
import fr.fidele.contacts.SupportCase;
import fr.fidele.customers.ConsentHistory;
import fr.fidele.customers.Customer;
import fr.fidele.customers.Customers;
import fr.fidele.email.EmailMessage;
import fr.fidele.email.EmailMessages;
import fr.fidele.messaging.MessagingMessage;
import fr.fidele.messaging.MessagingMessages;
import fr.fidele.customers.OutcomeEvent;
import fr.fidele.history.History;
import fr.fidele.history.HistoryEntry;
import fr.fidele.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Fidèle holds on one customer, for their right of access and to portability: profile, identities,
 * consents and their history, outcomes, every contact with its legs and notes, every case, the moments they were thanked
 * for and the words used, the history of all of them, and who opened
 * their file. Read in one transaction, so the parts agree.
 */
@Service
public class PersonalDataExport {

	/** The export; {@code reads} are the read audit's entries on this customer. */
	public record CustomerData(Instant exportedAt, Customer customer, List<ConsentHistory.ConsentChange> consentChanges,
			List<OutcomeEvent> outcomes, List<Contact> contacts, List<SupportCase> cases, List<EmailMessage> emails,
			List<MessagingMessage> messages, List<ChatMessage> chats, List<SurveyAnswers.CustomerAnswer> surveys, List<Reminder> thanks,
			List<HistoryEntry> history, List<ReadAudit.Read> reads) {
	}

	private final Customers customers;
	private final Contacts contacts;
	private final Cases cases;
	private final History history;
	private final ReadAudit reads;
	private final ConsentHistory consents;
	private final EmailMessages emails;
	private final MessagingMessages messages;
	private final ChatMessages chats;
	private final SurveyAnswers surveys;
	private final Gratitude gratitude;
	private final Clock clock;

	PersonalDataExport(Customers customers, Contacts contacts, Cases cases, History history, ReadAudit reads, ConsentHistory consents,
			EmailMessages emails, MessagingMessages messages, ChatMessages chats, SurveyAnswers surveys, Gratitude gratitude, Clock clock) {
		this.chats = chats;
		this.surveys = surveys;
		this.gratitude = gratitude;
		this.emails = emails;
		this.messages = messages;
		this.consents = consents;
		this.customers = customers;
		this.contacts = contacts;
		this.cases = cases;
		this.history = history;
		this.reads = reads;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CustomerData export(long customerId) {
		Customer customer = customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
		List<Contact> theirContacts = contacts.ofCustomer(customerId, Integer.MAX_VALUE);
		List<SupportCase> theirCases = cases.ofCustomer(customerId);
		List<HistoryEntry> entries = new ArrayList<>(history.of(Customers.HISTORY_ENTITY, customerId));
		entries.addAll(history.ofAll(Contacts.HISTORY_ENTITY, theirContacts.stream().map(Contact::id).toList()));
		entries.addAll(history.ofAll(Cases.HISTORY_ENTITY, theirCases.stream().map(SupportCase::id).toList()));
		return new CustomerData(clock.instant(), customer, consents.of(customerId), customers.outcomes(customerId), theirContacts,
				theirCases, emails.ofCustomer(customerId), messages.ofCustomer(customerId), chats.ofCustomer(customerId), surveys.ofCustomer(customerId),
				gratitude.ofCustomer(customerId), entries,
				reads.of(customerId, null, ReadAudit.LONGEST_LIST));
	}
}
