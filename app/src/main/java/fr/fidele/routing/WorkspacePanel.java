package fr.fidele.routing;

import java.util.Map;
import java.util.Optional;

/**
 * What another module shows beside an item in the advisor's workspace: the conversation of an e-mail, later a chat's.
 * Routing knows no channel's content; a channel's module implements this and the workspace shows its fragment in the
 * item's card. A panel marked {@code data-keep} in its fragment is never redrawn by the live updates (a reply being
 * written).
 */
public interface WorkspacePanel {

	/** A Thymeleaf fragment ({@code "email/panel :: conversation"}) and the model it reads as {@code panel}. */
	record Panel(String fragment, Map<String, Object> model) {
	}

	/** The panel for this item, or empty when the module has nothing to show for it. */
	Optional<Panel> panelFor(WorkItem item);
}
