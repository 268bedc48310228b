package fr.fidele.loyalty;

import fr.fidele.casefile.ContactRow;

/**
 * The bits the dashboards' counts keep of each contact: {@link ContactCounts}' flags, with {@link ContactColumns#OPEN}
 * and {@link ContactColumns#INBOUND}.
 */
final class ContactFlags {

	private ContactFlags() {
	}

	static int of(ContactRow row) {
		return (row.answered != ContactRow.NONE ? ContactCounts.ANSWERED : 0)
				| (row.endedBy("ADVISOR") ? ContactCounts.BY_ADVISOR : 0) | (row.endedBy("ABANDONED") ? ContactCounts.ABANDONED : 0)
				| (row.endedSoonAfterAnswer() ? ContactCounts.SHORT : 0) | (row.offered() ? ContactCounts.OFFERED : 0)
				| (row.firstOfCase && row.caseId != ContactRow.NONE ? ContactCounts.OPENED : 0)
				| (row.resolvedTrue() ? ContactCounts.RESOLVED : 0) | (row.ended == ContactRow.NONE ? ContactColumns.OPEN : 0)
				| (row.inbound ? ContactColumns.INBOUND : 0);
	}
}
