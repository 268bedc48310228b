package fr.fidele.stories;

/** Where a story stands: waiting for a moderator (held by the filter, or not), public, or refused. */
public enum StoryStatus {
	PENDING, HELD, PUBLISHED, REJECTED
}
