package fr.fidele.customers;

/** How much the customer knows about the products: guides address an expert and a novice differently. */
public enum Expertise {
	NOVICE, INTERMEDIATE, EXPERT
}
