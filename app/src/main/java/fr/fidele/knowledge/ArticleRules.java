package fr.fidele.knowledge;

import java.util.Set;
import java.util.regex.Pattern;

import fr.fidele.accounts.Users;
import fr.fidele.contacts.Reasons;
import fr.fidele.platform.InvalidFieldException;
import org.springframework.stereotype.Component;

/** What an article must be before it is written; each refusal names its field. */
@Component
class ArticleRules {

	static final int TITLE_LENGTH = 200;
	static final int BODY_LENGTH = 100_000;
	static final int SLUG_LENGTH = 80;
	static final int REASONS = 20;
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	/** Addresses of the knowledge base's own pages, which an article's cannot take. */
	private static final Set<String> RESERVED = Set.of("new", "preview", "usefulness", "search", "sitemap");

	private final ArticleCategories categories;
	private final Reasons reasons;
	private final Users users;

	ArticleRules(ArticleCategories categories, Reasons reasons, Users users) {
		this.categories = categories;
		this.reasons = reasons;
		this.users = users;
	}

	void check(ArticleDraft draft) {
		if (draft.slug() == null || draft.slug().length() > SLUG_LENGTH || !SLUG.matcher(draft.slug()).matches()
				|| RESERVED.contains(draft.slug())) {
			throw new InvalidFieldException("slug", "articleSlug", draft.slug());
		}
		if (draft.category() == null || categories.find(draft.category()).isEmpty()) {
			throw new InvalidFieldException("category", "unknownCategory", draft.category());
		}
		if (draft.audience() == null) {
			throw new InvalidFieldException("audience", "required");
		}
		if (draft.reviewOn() == null) {
			throw new InvalidFieldException("reviewOn", "required");
		}
		if (draft.ownerId() != null && users.findById(draft.ownerId()).isEmpty()) {
			throw new InvalidFieldException("ownerId", "unknownUser", draft.ownerId());
		}
		if (draft.reasons().size() > REASONS) {
			throw new InvalidFieldException("reasons", "tooMany", REASONS);
		}
		for (int i = 0; i < draft.reasons().size(); i++) {
			String reason = draft.reasons().get(i);
			if (reason == null || reasons.find(reason).isEmpty()) {
				throw new InvalidFieldException("reasons[" + i + "]", "unknownReason", reason);
			}
		}
		boolean french = language("Fr", draft.titleFr(), draft.bodyFr());
		boolean english = language("En", draft.titleEn(), draft.bodyEn());
		if (!french && !english) {
			throw new InvalidFieldException("titleFr", "required");
		}
	}

	/** Whether the draft has this language: a title and a body, or neither. */
	private static boolean language(String suffix, String title, String body) {
		boolean hasTitle = title != null && !title.isBlank();
		boolean hasBody = body != null && !body.isBlank();
		if (hasTitle != hasBody) {
			throw new InvalidFieldException((hasTitle ? "body" : "title") + suffix, "required");
		}
		if (hasTitle && title.length() > TITLE_LENGTH) {
			throw new InvalidFieldException("title" + suffix, "tooLong", TITLE_LENGTH);
		}
		if (hasBody && body.length() > BODY_LENGTH) {
			throw new InvalidFieldException("body" + suffix, "tooLong", BODY_LENGTH);
		}
		return hasTitle;
	}
}
