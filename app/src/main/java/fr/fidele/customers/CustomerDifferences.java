package fr.fidele.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The fields an update changed, old and new value side by side, for the customer's history. */
final class CustomerDifferences {

	private CustomerDifferences() {
	}

	static Map<String, Object> between(Customer before, Customer after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		compare(changes, "name", before.name(), after.name());
		compare(changes, "language", before.language(), after.language());
		compare(changes, "segment", before.segment(), after.segment());
		compare(changes, "expertise", before.expertise(), after.expertise());
		compare(changes, "monthlyValue", before.monthlyValue(), after.monthlyValue());
		compare(changes, "consent", before.consent(), after.consent());
		compare(changes, "notes", before.notes(), after.notes());
		compare(changes, "identities", before.identities(), after.identities());
		return changes;
	}

	private static void compare(Map<String, Object> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.put(field, List.of(String.valueOf(before), String.valueOf(after)));
		}
	}
}
