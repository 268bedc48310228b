package fr.fidele.support;

import com.icegreen.greenmail.util.ServerSetupTest;

/** A mailbox of the tests, added through the API, on the GreenMail server the test starts (IMAP and SMTP without TLS). */
public final class LocalMailboxes {

	private LocalMailboxes() {
	}

	/** Adds the mailbox {@code address} (also its user name) feeding {@code queue}, sending through {@code smtpPort}. */
	public static ApiClient.Response add(ApiClient admin, String address, String password, int smtpPort, String queue) {
		return admin.post("/api/mailboxes", """
				{"address":"%s","imapHost":"localhost","imapPort":%d,"imapTls":false,"smtpHost":"localhost","smtpPort":%d,"smtpTls":false,
				 "username":"%s","password":"%s","queue":"%s"}"""
			.formatted(address, ServerSetupTest.IMAP.getPort(), smtpPort, address, password, queue));
	}

	/** The same, sending through GreenMail's SMTP port. */
	public static ApiClient.Response add(ApiClient admin, String address, String password, String queue) {
		return add(admin, address, password, ServerSetupTest.SMTP.getPort(), queue);
	}
}
