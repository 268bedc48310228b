package fr.fidele.routing;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of routing.
 *
 * @param stickyWindow a customer who comes back within this time goes back to the advisor who handled them
 * @param stickyWait how long such a contact waits for that advisor before going to the best other one
 * @param offerTimeout an offer not accepted in this time goes back to its queue, and the advisor is set away
 * @param advisorTimeout an advisor whose workspace gave no sign of life for this long is set offline and their items
 * go back to their queue, at their place
 * @param pollInterval how often each instance looks for work it was not told about (another instance's arrivals)
 * @param batchSize how many waiting items one assignment round considers
 * @param instance this instance's name in the offer log (default: host and process)
 * @param sweepInterval how often offers not accepted in time and the work of vanished advisors are given back
 * @param liveTick how often open workspaces and walls are told to refresh their figures
 * @param heartbeat how often live connections get a keep-alive, and open workspaces count as a sign of life
 * @param zone the time zone of the queues' opening hours
 */
@ConfigurationProperties("fidele.routing")
public record RoutingProperties(@DefaultValue("7d") Duration stickyWindow, @DefaultValue("30s") Duration stickyWait,
		@DefaultValue("20s") Duration offerTimeout, @DefaultValue("30s") Duration advisorTimeout,
		@DefaultValue("250ms") Duration pollInterval, @DefaultValue("200") int batchSize, String instance,
		@DefaultValue("2s") Duration sweepInterval, @DefaultValue("2s") Duration liveTick, @DefaultValue("10s") Duration heartbeat,
		@DefaultValue("Europe/Paris") ZoneId zone) {

	public RoutingProperties {
		if (instance == null || instance.isBlank()) {
			instance = ProcessHandle.current().pid() + "@" + hostName();
		}
	}

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.net.UnknownHostException e) {
			return "localhost";
		}
	}
}
