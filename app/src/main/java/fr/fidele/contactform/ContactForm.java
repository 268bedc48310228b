package fr.fidele.contactform;

import java.time.Instant;

/**
 * A contact form as the administrator sees it.
 *
 * @param key the unguessable part of its public address ({@code /contact/{key}})
 * @param mailboxId the mailbox whose address answers its messages by e-mail
 */
public record ContactForm(long id, String key, String name, long mailboxId, boolean enabled, Instant createdAt) {
}
