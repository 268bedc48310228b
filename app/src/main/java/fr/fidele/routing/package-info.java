/**
 * Routing: work items from every channel wait in queues and are offered to the best available advisor; sticky
 * routing, callbacks that keep the place, transfers that carry identity and notes, the telephone switch's event
 * API, and the advisor's workspace and the supervisor's wall.
 */
@ApplicationModule(allowedDependencies = { "accounts", "contacts", "customers", "history", "platform" })
package fr.fidele.routing;

import org.springframework.modulith.ApplicationModule;
