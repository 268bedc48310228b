package fr.fidele.quality.web;

import java.util.ArrayList;
import java.util.List;

import fr.fidele.platform.InvalidFieldException;

/** Contact ids typed in a page's field, separated by commas, spaces or lines. */
final class ContactIds {

	private ContactIds() {
	}

	static List<Long> parse(String typed) {
		List<Long> ids = new ArrayList<>();
		for (String part : typed.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				ids.add(Long.parseLong(part.strip()));
			}
			catch (NumberFormatException notANumber) {
				throw new InvalidFieldException("contacts", "notAContactId", part.strip());
			}
		}
		return ids;
	}
}
