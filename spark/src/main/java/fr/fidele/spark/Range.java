package fr.fidele.spark;

import java.io.Serializable;

/**
 * A range of customers the job reads as one task: its place among the ranges and its condition on a customer's id
 * ({@code between 1 and 1000}, {@code is null} for the contacts of no customer).
 */
record Range(int index, String condition) implements Serializable {
}
