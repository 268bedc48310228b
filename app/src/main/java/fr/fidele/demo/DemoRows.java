package fr.fidele.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import fr.fidele.contacts.CaseStatus;
import fr.fidele.contacts.Channel;
import fr.fidele.contacts.EndedBy;
import fr.fidele.customers.Expertise;
import fr.fidele.customers.IdentityKind;
import fr.fidele.customers.OutcomeType;
import fr.fidele.customers.Segment;

/** Where the simulation writes the demo company's rows; ids are assigned by the simulation. */
interface DemoRows {

	record CustomerRow(long id, String reference, String name, String searchText, String language, Segment segment,
			Expertise expertise, BigDecimal monthlyValue, LocalDate since, boolean consentEmail, boolean consentSms,
			String notes, LocalDate churnedOn) {
	}

	record CaseRow(long id, long customerId, String reason, String subject, CaseStatus status, long ownerId,
			Instant openedAt, Instant resolvedAt) {
	}

	record ContactRow(long id, long customerId, long caseId, boolean firstOfCase, Channel channel, String reason,
			String queue, Instant arrivedAt, Instant queuedAt, Instant answeredAt, Instant endedAt, EndedBy endedBy,
			boolean identityVerified, boolean reidentified, Boolean resolved, String notes) {
	}

	record LegRow(long contactId, int seq, long advisorId, Instant startedAt, Instant endedAt, String transferNote) {
	}

	void customer(CustomerRow row) throws Exception;

	void identity(long customerId, IdentityKind kind, String value) throws Exception;

	void outcome(long customerId, OutcomeType type, LocalDate occurredOn, BigDecimal monthlyValue) throws Exception;

	void supportCase(CaseRow row) throws Exception;

	void contact(ContactRow row) throws Exception;

	void leg(LegRow row) throws Exception;
}
