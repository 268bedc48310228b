package fr.fidele.email;

/** What an administrator changes on a running mailbox; a null field is left as it is. */
public record MailboxChange(Boolean enabled, String queue, String password) {
}
