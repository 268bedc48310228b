package fr.fidele.stories;

/**
 * A story as its author writes it.
 *
 * @param authorEmail optional: never shown; it tells the filter when one author writes much about one brand
 */
public record NewStory(String brand, StoryTone tone, String title, String body, String authorName, String authorEmail, String language) {
}
