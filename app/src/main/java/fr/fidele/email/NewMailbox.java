package fr.fidele.email;

/** A mailbox an administrator adds: its address, how to read it (IMAP) and send from it (SMTP), and its queue. */
public record NewMailbox(String address, String imapHost, Integer imapPort, Boolean imapTls, String smtpHost, Integer smtpPort,
		Boolean smtpTls, String username, String password, String queue) {
}
