package fr.fidele.routing.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.contacts.Cases;
import fr.fidele.contacts.Contacts;
import fr.fidele.customers.Customer;
import fr.fidele.customers.Customers;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.ItemState;
import fr.fidele.routing.WorkItem;
import fr.fidele.routing.WorkspacePanel;
import fr.fidele.routing.WrapUpDrafts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Gathers what an advisor's workspace shows of each item they hold. */
@Component
class Workspace {

	private static final Logger log = LoggerFactory.getLogger(Workspace.class);

	static final int RECENT_CONTACTS = 8;

	private final AdvisorDesk desk;
	private final Customers customers;
	private final Contacts contacts;
	private final Cases cases;
	private final Users users;
	private final WrapUpDrafts drafts;
	private final List<WorkspacePanel> panels;
	private final Clock clock;

	Workspace(AdvisorDesk desk, Customers customers, Contacts contacts, Cases cases, Users users, WrapUpDrafts drafts,
			List<WorkspacePanel> panels, Clock clock) {
		this.panels = panels;
		this.drafts = drafts;
		this.desk = desk;
		this.customers = customers;
		this.contacts = contacts;
		this.cases = cases;
		this.users = users;
		this.clock = clock;
	}

	/** Every item the advisor holds, each with all the page shows beside it. */
	List<HeldItem> held(long advisorId) {
		Map<Long, String> drafts = this.drafts.of(advisorId);
		return desk.held(advisorId).stream().map(item -> item.state() == ItemState.OFFERED ? offer(item) : describe(item, drafts.get(item.id())))
			.toList();
	}

	/**
	 * What the Offers section needs, asked every two seconds by each open workspace: the offers with their customer's
	 * name, and only the id and state of the other items (whose case files are read when the contacts are redrawn).
	 */
	List<HeldItem> offers(long advisorId) {
		return desk.held(advisorId).stream()
			.map(item -> item.state() == ItemState.OFFERED ? offer(item)
					: new HeldItem(item, waited(item), null, null, List.of(), List.of(), null, List.of()))
			.toList();
	}

	private HeldItem offer(WorkItem item) {
		Customer customer = item.customerId() == null ? null : customers.findById(item.customerId()).orElse(null);
		return new HeldItem(item, waited(item), null, customer, List.of(), List.of(), null, List.of());
	}

	private Duration waited(WorkItem item) {
		return Duration.between(item.placeAt(), clock.instant());
	}

	private HeldItem describe(WorkItem item, String draft) {
		Duration waited = waited(item);
		String verifiedBy = item.identityVerifiedBy() == null ? null
				: users.findById(item.identityVerifiedBy()).map(User::displayName).orElse("?");
		if (item.customerId() == null) {
			return new HeldItem(item, waited, verifiedBy, null, List.of(), List.of(), draft, panels(item));
		}
		return new HeldItem(item, waited, verifiedBy, customers.findById(item.customerId()).orElse(null),
				cases.ofCustomer(item.customerId()).stream().filter(c -> c.status().unresolved()).toList(),
				contacts.ofCustomer(item.customerId(), RECENT_CONTACTS), draft, panels(item));
	}

	/**
	 * Each module's panel beside the item; one that fails is left out and logged, so that a guide's or an article's
	 * trouble never takes away the advisor's whole workspace in the middle of a call.
	 */
	private List<WorkspacePanel.Panel> panels(WorkItem item) {
		return panels.stream().flatMap(panel -> {
			try {
				return panel.panelFor(item).stream();
			}
			catch (RuntimeException failed) {
				log.warn("The panel {} failed for item {}: left out", panel.getClass().getSimpleName(), item.id(), failed);
				return Stream.empty();
			}
		}).toList();
	}
}
