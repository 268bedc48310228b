package fr.fidele.loyalty;

import fr.fidele.imports.ImportCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An import that wrote customers or contacts changes the figures as a whole: they are computed again at once, in the
 * background, rather than at night. The event is kept until this is done, so an import whose refresh a crash cut off
 * is refreshed after the restart.
 */
@Component
class ImportedDataRefresh {

	private final LoyaltyRefresh refresh;

	ImportedDataRefresh(LoyaltyRefresh refresh) {
		this.refresh = refresh;
	}

	@ApplicationModuleListener
	void on(ImportCompleted imported) {
		if (imported.imported() > 0) {
			refresh.refresh();
		}
	}
}
