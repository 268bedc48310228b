package fr.fidele.routing;

/** An advisor's presence changed: by their own choice, or because of what happened to their work ({@code cause}). */
public record AdvisorStatusChanged(long advisorId, Presence from, Presence to, PresenceCause cause) {
}
