package fr.fidele.platform.web;

import java.sql.SQLException;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure comes from the database being out of reach (stopped, restarting after a crash, the network to it
 * cut) rather than from the request: the client may then retry the same request, unchanged.
 */
final class DatabaseOutage {

	static final String RETRY_AFTER_SECONDS = "5";
	static final String DETAIL = "The database is unavailable for a moment; the request may not have been recorded: retry it";

	private DatabaseOutage() {
	}

	static boolean causedBy(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					// a commit or rollback that could not be done: the connection went, and with it the request's outcome
					|| cause instanceof TransactionSystemException
					|| cause instanceof SQLException sql && isOutage(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** SQLSTATE class 08 (connection exception) and 57P (the server shutting down, crashed or starting up). */
	private static boolean isOutage(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}
}
