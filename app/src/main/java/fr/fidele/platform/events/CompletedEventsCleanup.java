package fr.fidele.platform.events;

import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, every hour, the event publications delivered longer ago than {@code fidele.events.keep-completed}: the
 * registry is a queue of what is still to deliver, not an archive (the history module keeps what happened).
 */
@Component
class CompletedEventsCleanup {

	private final CompletedEventPublications completed;
	private final EventProperties properties;

	CompletedEventsCleanup(CompletedEventPublications completed, EventProperties properties) {
		this.completed = completed;
		this.properties = properties;
	}

	@Scheduled(cron = "0 17 * * * *")
	void deleteOldCompletedPublications() {
		completed.deletePublicationsOlderThan(properties.keepCompleted());
	}
}
