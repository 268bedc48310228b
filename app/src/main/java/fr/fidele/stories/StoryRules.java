package fr.fidele.stories;

import fr.fidele.platform.EmailAddress;
import fr.fidele.platform.InvalidFieldException;
import fr.fidele.platform.StorableText;

/** What a story must be to be kept: each field present and within its length, refused naming the field otherwise. */
final class StoryRules {

	private static final int LONGEST_BRAND = 80;
	private static final int LONGEST_TITLE = 120;
	private static final int SHORTEST_BODY = 30;
	private static final int LONGEST_BODY = 5000;
	private static final int LONGEST_NAME = 80;

	private StoryRules() {
	}

	/** The story with its text trimmed, or a refusal naming the first field that breaks a rule. */
	static NewStory checked(NewStory story) {
		String brand = required("brand", story.brand(), 2, LONGEST_BRAND);
		if (story.tone() == null) {
			throw new InvalidFieldException("tone", "required");
		}
		String title = required("title", story.title(), 3, LONGEST_TITLE);
		String body = required("body", story.body(), SHORTEST_BODY, LONGEST_BODY);
		String name = required("authorName", story.authorName(), 1, LONGEST_NAME);
		String email = story.authorEmail() == null || story.authorEmail().isBlank() ? null : EmailAddress.check("authorEmail", story.authorEmail());
		String language = "en".equals(story.language()) ? "en" : "fr";
		return new NewStory(brand, story.tone(), title, body, name, email, language);
	}

	private static String required(String field, String value, int shortest, int longest) {
		String text = value == null ? "" : StorableText.of(value).strip();
		if (text.isEmpty()) {
			throw new InvalidFieldException(field, "required");
		}
		if (text.length() < shortest || text.length() > longest) {
			throw new InvalidFieldException(field, "lengthBetween", shortest, longest);
		}
		return text;
	}
}
