package fr.fidele.accounts;

/** What a user may do; a user holds one or more roles. */
public enum Role {
	/** Handles contacts and keeps the case file. */
	ADVISOR,
	/** Runs a team and its queues; may also change case files. */
	SUPERVISOR,
	/** Reads everything, changes nothing in case files: the decision tool's reader. */
	DIRECTOR,
	/** Configures Fidèle, manages users and imports data. */
	ADMIN,
	/**
	 * An outside mystery shopper: sees only their own assignments and reports their visits; nothing of the customers,
	 * the case files or the figures.
	 */
	SHOPPER;

	public String authority() {
		return "ROLE_" + name();
	}
}
