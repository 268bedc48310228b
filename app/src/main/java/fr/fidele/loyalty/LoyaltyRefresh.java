package fr.fidele.loyalty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the loyalty figures ready so that dashboards read them instead of computing them: once in
 * the background after start-up (unless {@code fidele.loyalty.refresh-on-start} is false), then
 * every night ({@code fidele.loyalty.recompute-cron}, default 02:30). A director can also ask for a
 * recomputation through the API.
 */
@Component
class LoyaltyRefresh {

	private static final Logger log = LoggerFactory.getLogger(LoyaltyRefresh.class);

	private final ExperienceAnalysis experiences;
	private final ServiceRetention retention;
	private final IntegrityCheck integrity;
	private final ValueAtStakeAnalysis valueAtStake;
	private final boolean refreshOnStart;

	LoyaltyRefresh(ExperienceAnalysis experiences, ServiceRetention retention, IntegrityCheck integrity,
			ValueAtStakeAnalysis valueAtStake, @Value("${fidele.loyalty.refresh-on-start:true}") boolean refreshOnStart) {
		this.experiences = experiences;
		this.retention = retention;
		this.integrity = integrity;
		this.valueAtStake = valueAtStake;
		this.refreshOnStart = refreshOnStart;
	}

	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		if (!refreshOnStart) {
			return;
		}
		Thread thread = new Thread(this::refresh, "loyalty-refresh");
		thread.setDaemon(true);
		thread.start();
	}

	@Scheduled(cron = "${fidele.loyalty.recompute-cron:0 30 2 * * *}")
	void refresh() {
		long started = System.nanoTime();
		try {
			integrity.recompute();
			experiences.recompute(null);
			retention.recompute(null);
			valueAtStake.recompute(null);
			log.info("Loyalty figures computed in {} s", (System.nanoTime() - started) / 1_000_000_000);
		}
		catch (RuntimeException e) {
			log.warn("Loyalty figures could not be computed; dashboards will compute them on demand", e);
		}
	}
}
