package fr.fidele.routing;

import java.time.Instant;

/**
 * Who may take an item now. A transfer to a named advisor waits for that advisor. A repeat or cut-off contact
 * waits a short while for the advisor who handled the case ({@code preferredUntil}), then goes to the best other
 * advisor, who sees the whole story in the case file.
 */
final class StickyRouting {

	private StickyRouting() {
	}

	static boolean allows(WaitingItem item, FreeAdvisor advisor, Instant now) {
		if (item.targetAdvisor() != null) {
			return item.targetAdvisor() == advisor.id();
		}
		if (item.preferredAdvisor() != null && item.preferredUntil() != null && now.isBefore(item.preferredUntil())) {
			return item.preferredAdvisor() == advisor.id();
		}
		return true;
	}
}
