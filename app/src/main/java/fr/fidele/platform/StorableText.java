package fr.fidele.platform;

/**
 * Text from outside made storable: PostgreSQL's text holds every character but NUL, which broken mail, a form or a
 * provider's JSON may carry; it is dropped rather than refused, as no reader can see it.
 */
public final class StorableText {

	private StorableText() {
	}

	/** The text without its NUL characters; null stays null. */
	public static String of(String text) {
		return text == null || text.indexOf('\0') < 0 ? text : text.replace("\0", "");
	}
}
