package fr.fidele.customers;

import java.util.Set;

/** A customer's profile changed; {@code fields} names what changed (as in the history entry). */
public record CustomerChanged(long customerId, Set<String> fields) {
}
