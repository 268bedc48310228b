package fr.fidele.customers;

import java.time.LocalDate;

/** A checked customer from an import file, with the day they left if the file says so. */
public record ImportedCustomer(int line, NewCustomer customer, LocalDate churnedOn) {
}
