package fr.fidele.customers;

/** One way of recognising a customer on a channel, in normalised form (see {@link Identities}). */
public record Identity(IdentityKind kind, String value) {
}
