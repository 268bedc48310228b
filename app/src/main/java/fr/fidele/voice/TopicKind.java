package fr.fidele.voice;

/** What a theme is: a topic customers talk about, or an objection they raise (to an offer, to staying). */
public enum TopicKind {
	TOPIC, OBJECTION
}
