package fr.fidele.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import fr.fidele.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform module on its own: the event registry keeps what is still to deliver and lets go of what was delivered
 * longer ago than fidele.events.keep-completed.
 */
@ModuleTest
class PlatformModuleTests {

	@Autowired
	CompletedEventsCleanup cleanup;

	@Autowired
	EventProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oldDeliveredPublicationsGoAndUndeliveredOnesStay() {
		Instant now = Instant.now();
		UUID old = publication(now.minus(properties.keepCompleted()).minus(Duration.ofHours(1)), now.minus(properties.keepCompleted()));
		UUID recent = publication(now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
		UUID undelivered = publication(now.minus(properties.keepCompleted()).minus(Duration.ofDays(30)), null);

		cleanup.deleteOldCompletedPublications();

		assertThat(jdbc.sql("select id from event_publication where id in (?, ?, ?)").params(old, recent, undelivered)
			.query(UUID.class).list()).containsExactlyInAnyOrder(recent, undelivered);
	}

	private UUID publication(Instant published, Instant completed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status)
				values (?, 'test.listener', 'test.Event', '{}', ?, ?, ?)""")
			.params(id, Timestamp.from(published), completed == null ? null : Timestamp.from(completed),
					completed == null ? "PUBLISHED" : "COMPLETED")
			.update();
		return id;
	}
}
