package fr.fidele.customers;

/** The commercial segment a customer belongs to. */
public enum Segment {
	RESIDENTIAL, PROFESSIONAL, PREMIUM
}
