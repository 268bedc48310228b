package fr.fidele.catalogue.web;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.fidele.catalogue.Catalogue;
import fr.fidele.catalogue.ProductLink;
import fr.fidele.catalogue.RuleSituation;
import fr.fidele.catalogue.Suggestion;
import fr.fidele.catalogue.SuggestionPolicy;
import fr.fidele.catalogue.SuggestionRules;
import fr.fidele.catalogue.Suggestions;
import fr.fidele.guidance.CaseFileMoments;
import fr.fidele.guidance.Moment;
import fr.fidele.guidance.Situation;
import fr.fidele.routing.ItemState;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Anything else I can offer?" beside the case file: the suggestions that fit this customer at this moment, each with
 * its reason in plain words, recorded as shown; or why there are none (an open complaint, a cancellation request).
 */
@Component
class CatalogueWorkspacePanel implements WorkspacePanel {

	private final CaseFileMoments moments;
	private final Catalogue catalogue;
	private final SuggestionPolicy policy;
	private final SuggestionRules rules;
	private final Suggestions suggestions;

	CatalogueWorkspacePanel(CaseFileMoments moments, Catalogue catalogue, SuggestionPolicy policy, SuggestionRules rules, Suggestions suggestions) {
		this.moments = moments;
		this.catalogue = catalogue;
		this.policy = policy;
		this.rules = rules;
		this.suggestions = suggestions;
	}

	@Override
	public Optional<Panel> panelFor(WorkItem item) {
		if (item.customerId() == null || item.state() != ItemState.CONNECTED && item.state() != ItemState.WRAP_UP) {
			return Optional.empty();
		}
		Moment moment = moments.of(item);
		Set<RuleSituation> heldBack = EnumSet.noneOf(RuleSituation.class);
		if (moment.situations().contains(Situation.OPEN_COMPLAINT)) {
			heldBack.add(RuleSituation.OPEN_COMPLAINT);
		}
		if (moment.situations().contains(Situation.CHURN_RISK) || "CANCELLATION_REQUEST".equals(moment.reasonCode())) {
			heldBack.add(RuleSituation.CANCELLATION_REQUEST);
		}
		List<ProductLink> chosen = policy.choose(new SuggestionPolicy.Situation(moment.reasonCode(), moment.segment(),
				catalogue.holdings(item.customerId()), heldBack), catalogue.links(), rules.all(), catalogue.activeCodes());
		List<Suggestion> shown = suggestions.shown(item.contactId(), item.customerId(), item.advisorId(), chosen,
				LocaleContextHolder.getLocale().getLanguage());
		Map<String, Object> model = new HashMap<>();
		model.put("itemId", item.id());
		model.put("suggestions", shown);
		model.put("heldBack", chosen.isEmpty() ? heldBack : Set.of());
		return Optional.of(new Panel("catalogue/panel :: suggestions", model));
	}
}
