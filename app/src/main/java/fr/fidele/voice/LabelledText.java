package fr.fidele.voice;

/** A text with the sentiment a person gave it: what a classifier learns from, or is measured on. */
public record LabelledText(String text, Sentiment sentiment) {
}
