package fr.fidele.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import fr.fidele.catalogue.CatalogueBulkLoad;
import fr.fidele.contacts.ContactBulkLoad.CaseRow;
import fr.fidele.contacts.ContactBulkLoad.ContactRow;
import fr.fidele.contacts.ContactBulkLoad.LegRow;
import fr.fidele.customers.CustomerBulkLoad;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;
import fr.fidele.email.EmailBulkLoad;
import fr.fidele.feedback.FeedbackBulkLoad;
import fr.fidele.gratitude.GratitudeBulkLoad;
import fr.fidele.guidance.GuidanceBulkLoad;
import fr.fidele.messaging.MessagingBulkLoad;

/** Where the simulation writes the demo company's rows, in the owners' bulk-load shapes; ids are assigned by the simulation. */
interface DemoRows {

	void customer(CustomerBulkLoad.Row row) throws Exception;

	void identity(long customerId, IdentityKind kind, String value) throws Exception;

	void outcome(long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue) throws Exception;

	void supportCase(CaseRow row) throws Exception;

	void contact(ContactRow row) throws Exception;

	void leg(LegRow row) throws Exception;

	void emailConversation(EmailBulkLoad.Conversation conversation) throws Exception;

	void messagingExchange(MessagingBulkLoad.Exchange exchange) throws Exception;

	void surveyAnswer(FeedbackBulkLoad.Answered answer) throws Exception;

	void guideShown(GuidanceBulkLoad.Shown shown) throws Exception;

	void suggestionShown(CatalogueBulkLoad.Shown shown) throws Exception;

	void reminder(GratitudeBulkLoad.Remembered reminder) throws Exception;

	void evaluated(EvaluatedContacts.Evaluated evaluated) throws Exception;
}
