package fr.fidele.casefile;

/** The commercial segment a customer belongs to. */
public enum Segment {
	RESIDENTIAL, PROFESSIONAL, PREMIUM
}
