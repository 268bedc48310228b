package fr.fidele.knowledge.web;

import java.util.Map;
import java.util.Optional;

import fr.fidele.guidance.CaseFileMoments;
import fr.fidele.knowledge.ArticleSuggestions;
import fr.fidele.routing.ItemState;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Beside the case file, the articles that answer this contact's reason or the customer's words, and a search. */
@Component
class KnowledgeWorkspacePanel implements WorkspacePanel {

	private final CaseFileMoments moments;
	private final ArticleSuggestions suggestions;

	KnowledgeWorkspacePanel(CaseFileMoments moments, ArticleSuggestions suggestions) {
		this.moments = moments;
		this.suggestions = suggestions;
	}

	@Override
	public Optional<Panel> panelFor(WorkItem item) {
		if (item.state() != ItemState.CONNECTED && item.state() != ItemState.WRAP_UP) {
			return Optional.empty();
		}
		// the reason only: the customer's situations (cases, recent contacts) are the guide's and the suggestions' concern
		String reason = moments.reasonOf(item);
		return Optional.of(new Panel("knowledge/panel :: articles", Map.of("itemId", item.id(), "contactId", item.contactId(), "articles",
				suggestions.forContact(item.contactId(), reason, LocaleContextHolder.getLocale().getLanguage()))));
	}
}
