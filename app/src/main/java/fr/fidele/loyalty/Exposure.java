package fr.fidele.loyalty;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import fr.fidele.casefile.ContactRow;
import fr.fidele.casefile.Experience;

/**
 * Something a customer can go through with the service, switched on at the arrival of the first contact that passes
 * a test of the contact as the loyalty scan reads it. Names are plain identifiers (they name model terms and CSV
 * columns).
 */
record Exposure(String name, Predicate<ContactRow> test) {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	Exposure {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("not an identifier: " + name);
		}
	}

	static Exposure of(Experience experience) {
		return new Exposure(experience.name(), experience::metBy);
	}
}
