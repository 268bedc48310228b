package fr.fidele.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says why a request was refused ({@link ExplainedException}) in the reader's language: the current request's.
 */
@Component
public class Explanations {

	private final MessageSource messages;

	Explanations(MessageSource messages) {
		this.messages = messages;
	}

	/** The reason in the current request's language (an import report is written once, in its author's). */
	public String of(ExplainedException refusal) {
		return messages.getMessage(refusal, LocaleContextHolder.getLocale());
	}
}
