package fr.fidele.mystery;

/** A competitor the shoppers also visit. */
public record Competitor(long id, String name) {
}
