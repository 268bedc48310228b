package fr.fidele.stories;

import java.time.Instant;
import java.util.List;

/** A story as moderators and the public page see it (never the author's address nor e-mail). */
public record Story(long id, String brand, StoryTone tone, String title, String body, String authorName, String language,
		StoryStatus status, List<HoldReason> reasons, Instant createdAt, Instant changedAt) {
}
