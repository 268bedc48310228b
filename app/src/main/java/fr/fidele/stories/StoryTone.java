package fr.fidele.stories;

/** What the author says of the brand: a good story or a bad one. */
public enum StoryTone {
	GOOD, BAD
}
