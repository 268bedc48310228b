package fr.fidele.guidance.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fr.fidele.contacts.Reasons;
import fr.fidele.customers.Expertise;
import fr.fidele.guidance.GuideChoice;
import fr.fidele.guidance.GuideUse;
import fr.fidele.guidance.GuideUses;
import fr.fidele.guidance.Moment;
import fr.fidele.guidance.CaseFileMoments;
import fr.fidele.routing.ItemState;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;
import org.springframework.stereotype.Component;

/**
 * The guide that fits this customer and this moment, opened by itself beside the case file: chosen again at each
 * drawing, so it changes when the advisor names the reason or finds the customer an expert. Showing it records it
 * on the contact (once per variant).
 */
@Component
class GuidanceWorkspacePanel implements WorkspacePanel {

	private final CaseFileMoments moments;
	private final GuideChoice choice;
	private final GuideUses uses;
	private final Reasons reasons;

	GuidanceWorkspacePanel(CaseFileMoments moments, GuideChoice choice, GuideUses uses, Reasons reasons) {
		this.reasons = reasons;
		this.moments = moments;
		this.choice = choice;
		this.uses = uses;
	}

	@Override
	public Optional<Panel> panelFor(WorkItem item) {
		if (item.state() != ItemState.CONNECTED && item.state() != ItemState.WRAP_UP) {
			return Optional.empty();
		}
		Moment moment = moments.of(item);
		Map<String, Object> model = new HashMap<>();
		model.put("itemId", item.id());
		model.put("moment", moment);
		model.put("reasons", reasons.all());
		// every key present, null when no guide fits: the fragment reads them all
		model.put("chosen", null);
		model.put("canBeExpert", item.customerId() != null && moment.expertise() != Expertise.EXPERT);
		choice.choose(moment).ifPresent(chosen -> {
			model.put("chosen", chosen);
			model.put("text", chosen.variant().text());
			GuideUse use = uses.shown(item.contactId(), item.customerId(), item.advisorId(), chosen);
			model.put("use", use);
			model.put("next", use.nextStep(chosen.variant().text()));
		});
		return Optional.of(new Panel("guidance/panel :: guide", model));
	}
}
