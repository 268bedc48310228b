package fr.fidele.email;

import java.time.Instant;

/**
 * A mailbox as the administrator sees it: never its password.
 *
 * @param lastUid the last message read, by its IMAP UID in the folder whose UIDVALIDITY is {@code uidValidity}
 * @param lastError why the last fetch failed, or null when it worked
 */
public record Mailbox(long id, String address, String imapHost, int imapPort, boolean imapTls, String smtpHost, int smtpPort,
		boolean smtpTls, String username, String queue, boolean enabled, Long uidValidity, long lastUid, Instant lastFetchAt,
		String lastError) {
}
