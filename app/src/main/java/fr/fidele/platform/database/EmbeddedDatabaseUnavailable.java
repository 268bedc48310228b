package fr.fidele.platform.database;

/**
 * The embedded PostgreSQL cannot start on its data directory, with what the operator should do about it; reported
 * in a few lines by {@link EmbeddedDatabaseFailureAnalyzer} instead of a stack trace.
 */
class EmbeddedDatabaseUnavailable extends RuntimeException {

	private final String action;

	EmbeddedDatabaseUnavailable(String description, String action) {
		super(description);
		this.action = action;
	}

	String action() {
		return action;
	}
}
