package fr.fidele.casefile;

/**
 * The bits the dashboards' counts keep of each contact ({@link ContactTally} reads the first seven; the application's
 * columns in memory keep all nine).
 */
public final class ContactFlags {

	public static final int ANSWERED = 1;
	public static final int BY_ADVISOR = 2;
	public static final int ABANDONED = 4;
	public static final int SHORT = 8;
	public static final int OFFERED = 16;
	public static final int OPENED = 32;
	public static final int RESOLVED = 64;
	/** A contact not ended yet when it was read: it will change, so the next fold reads it again. */
	public static final int OPEN = 128;
	/** An inbound contact (the customer's), whose first response the channel measures time. */
	public static final int INBOUND = 256;

	private ContactFlags() {
	}

	public static int of(ContactRow row) {
		return (row.answered != ContactRow.NONE ? ANSWERED : 0) | (row.endedBy("ADVISOR") ? BY_ADVISOR : 0)
				| (row.endedBy("ABANDONED") ? ABANDONED : 0) | (row.endedSoonAfterAnswer() ? SHORT : 0)
				| (row.offered() ? OFFERED : 0) | (row.firstOfCase && row.caseId != ContactRow.NONE ? OPENED : 0)
				| (row.resolvedTrue() ? RESOLVED : 0) | (row.ended == ContactRow.NONE ? OPEN : 0) | (row.inbound ? INBOUND : 0);
	}
}
