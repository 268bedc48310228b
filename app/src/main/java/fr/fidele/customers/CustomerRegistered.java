package fr.fidele.customers;

import fr.fidele.casefile.Segment;

/** A customer was registered (through the API, a page or a feed), with the reference their company knows them by. */
public record CustomerRegistered(long customerId, String reference, Segment segment) {
}
