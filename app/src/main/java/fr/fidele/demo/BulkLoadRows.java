package fr.fidele.demo;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.fidele.catalogue.CatalogueBulkLoad;
import fr.fidele.contacts.ContactBulkLoad;
import fr.fidele.customers.CustomerBulkLoad;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;
import fr.fidele.email.EmailBulkLoad;
import fr.fidele.feedback.FeedbackBulkLoad;
import fr.fidele.gratitude.GratitudeBulkLoad;
import fr.fidele.guidance.GuidanceBulkLoad;
import fr.fidele.messaging.MessagingBulkLoad;

/**
 * The simulation's rows handed to the modules that own them, each loading its tables in bulk; nothing is visible
 * until {@link #finish()}, and whoever opened the loads closes them.
 */
final class BulkLoadRows implements DemoRows {

	private final CustomerBulkLoad customers;
	private final ContactBulkLoad contacts;
	private final GuidanceBulkLoad guides;
	/** The written words, kept until their contacts are loaded (the recent ones only: see WrittenConversations). */
	private final List<EmailBulkLoad.Conversation> conversations = new ArrayList<>();
	private final List<MessagingBulkLoad.Exchange> exchanges = new ArrayList<>();
	/** The survey answers, kept like the words until their contacts are loaded. */
	private final List<FeedbackBulkLoad.Answered> answers = new ArrayList<>();
	/** The suggestions shown, kept likewise: the first loads hold as many connections as the pool has. */
	private final List<CatalogueBulkLoad.Shown> suggestions = new ArrayList<>();
	/** The thank-you reminders, a few thousand, written once their customers are visible. */
	private final List<GratitudeBulkLoad.Remembered> reminders = new ArrayList<>();
	/** The contacts drawn for evaluation, scored afterwards with the grids. */
	private final List<EvaluatedContacts.Evaluated> evaluated = new ArrayList<>();

	BulkLoadRows(CustomerBulkLoad customers, ContactBulkLoad contacts, GuidanceBulkLoad guides) {
		this.customers = customers;
		this.contacts = contacts;
		this.guides = guides;
	}

	@Override
	public void customer(CustomerBulkLoad.Row row) throws SQLException {
		customers.customer(row);
	}

	@Override
	public void identity(long customerId, IdentityKind kind, String value) throws SQLException {
		customers.identity(customerId, kind, value);
	}

	@Override
	public void outcome(long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue) throws SQLException {
		customers.outcome(customerId, type, occurredOn, monthlyValue);
	}

	@Override
	public void supportCase(ContactBulkLoad.CaseRow row) throws SQLException {
		contacts.supportCase(row);
	}

	@Override
	public void contact(ContactBulkLoad.ContactRow row) throws SQLException {
		contacts.contact(row);
	}

	@Override
	public void leg(ContactBulkLoad.LegRow row) throws SQLException {
		contacts.leg(row);
	}

	@Override
	public void emailConversation(EmailBulkLoad.Conversation conversation) {
		conversations.add(conversation);
	}

	@Override
	public void messagingExchange(MessagingBulkLoad.Exchange exchange) {
		exchanges.add(exchange);
	}

	@Override
	public void surveyAnswer(FeedbackBulkLoad.Answered answer) {
		answers.add(answer);
	}

	@Override
	public void guideShown(GuidanceBulkLoad.Shown shown) throws SQLException {
		guides.shown(shown);
	}

	@Override
	public void suggestionShown(CatalogueBulkLoad.Shown shown) {
		suggestions.add(shown);
	}

	@Override
	public void reminder(GratitudeBulkLoad.Remembered reminder) {
		reminders.add(reminder);
	}

	List<GratitudeBulkLoad.Remembered> reminders() {
		return reminders;
	}

	@Override
	public void evaluated(EvaluatedContacts.Evaluated contact) {
		evaluated.add(contact);
	}

	List<EvaluatedContacts.Evaluated> evaluated() {
		return evaluated;
	}

	/** Commits the loads: customers first, so that no contact is ever visible without its customer, then the guides shown on them. */
	void finish() throws SQLException {
		customers.finish();
		contacts.finish();
		guides.finish();
	}

	/**
	 * Loads the written words, the survey answers and the suggestions kept, once their contacts are visible, and what
	 * each customer holds.
	 */
	void writeWords(EmailBulkLoad emails, MessagingBulkLoad messages, FeedbackBulkLoad surveys, CatalogueBulkLoad catalogue, long firstCustomer,
			int customerCount, LocalDate since) throws SQLException {
		for (long customer = firstCustomer; customer < firstCustomer + customerCount; customer++) {
			for (String product : DemoCatalogue.holdings(customer)) {
				catalogue.holds(customer, product, since);
			}
		}
		for (CatalogueBulkLoad.Shown shown : suggestions) {
			catalogue.shown(shown);
		}
		for (EmailBulkLoad.Conversation conversation : conversations) {
			emails.conversation(conversation);
		}
		for (MessagingBulkLoad.Exchange exchange : exchanges) {
			messages.exchange(exchange);
		}
		for (FeedbackBulkLoad.Answered answer : answers) {
			surveys.answered(answer);
		}
		emails.finish();
		messages.finish();
		surveys.finish();
		catalogue.finish();
	}
}
