package fr.fidele.loyalty;

import java.util.regex.Pattern;

/**
 * Something a customer can go through with the service, switched on at the arrival of the first
 * contact meeting an SQL condition on one contact row. Names become SQL column aliases, so they are
 * plain identifiers.
 */
record Exposure(String name, String condition) {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	Exposure {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not an identifier: " + name);
		}
	}

	static Exposure of(Experience experience) {
		return new Exposure(experience.name(), experience.condition());
	}
}
