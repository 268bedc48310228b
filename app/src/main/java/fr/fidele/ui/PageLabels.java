package fr.fidele.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.fidele.accounts.Users;
import fr.fidele.contacts.Contact;
import fr.fidele.contacts.Leg;
import fr.fidele.contacts.Reason;
import fr.fidele.contacts.Reasons;
import fr.fidele.contacts.SupportCase;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the {@link Labels} of a page: one query for all advisors it names, reasons in the reader's language. */
@Component
class PageLabels {

	private final Users users;
	private final Reasons reasons;

	PageLabels(Users users, Reasons reasons) {
		this.users = users;
		this.reasons = reasons;
	}

	Labels of(List<Contact> contacts, List<SupportCase> cases) {
		Set<Long> advisorIds = new HashSet<>();
		for (Contact contact : contacts) {
			contact.legs().stream().map(Leg::advisorId).filter(id -> id != null).forEach(advisorIds::add);
		}
		cases.stream().map(SupportCase::ownerId).filter(id -> id != null).forEach(advisorIds::add);
		String language = LocaleContextHolder.getLocale().getLanguage();
		Map<String, String> reasonLabels = reasons.all().stream()
			.collect(Collectors.toMap(Reason::code, reason -> reason.label(language)));
		return new Labels(users.displayNames(advisorIds), reasonLabels);
	}
}
