package fr.fidele.platform;

/** A text a request must give: present, not blank, and at most so long; each refusal names its field. */
public final class RequiredText {

	private RequiredText() {
	}

	public static void check(String field, String value, int longest) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "required");
		}
		if (value.length() > longest) {
			throw new InvalidFieldException(field, "tooLong", longest);
		}
	}
}
