package fr.fidele.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import fr.fidele.FideleApplication;
import fr.fidele.support.SharedDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event outlives a crash of its listener: published in a transaction, it is in the registry before anyone handles
 * it; the application stops while its listener is at work; the next start on the same database delivers it, once.
 */
class EventRedeliveryTests {

	/** What the listener was given and finished, across both applications. */
	static final List<String> DELIVERED = new CopyOnWriteArrayList<>();
	static volatile CountDownLatch listenerAtWork;
	static volatile CountDownLatch cutOff;

	record Probe(String id) {
	}

	static class ProbeListener {

		@ApplicationModuleListener
		void on(Probe probe) throws InterruptedException {
			CountDownLatch stop = cutOff;
			if (stop != null) {
				listenerAtWork.countDown();
				stop.await(1, TimeUnit.MINUTES);
				throw new IllegalStateException("the application stopped while " + probe + " was being handled");
			}
			DELIVERED.add(probe.id());
		}

		/** Stopping begins: the work in hand is cut off, as a crash would cut it. */
		@EventListener(ContextClosedEvent.class)
		void stopping() {
			CountDownLatch stop = cutOff;
			if (stop != null) {
				stop.countDown();
			}
		}
	}

	@Test
	void anEventWhoseListenerWasCutOffIsDeliveredOnceAtTheNextStart() throws Exception {
		String id = UUID.randomUUID().toString();
		try (SharedDatabase database = new SharedDatabase("event-redelivery")) {
			listenerAtWork = new CountDownLatch(1);
			cutOff = new CountDownLatch(1);
			ConfigurableApplicationContext first = start(database.url());
			first.getBean(TransactionTemplate.class).executeWithoutResult(transaction -> first.publishEvent(new Probe(id)));
			assertThat(listenerAtWork.await(1, TimeUnit.MINUTES)).isTrue();
			first.close();
			cutOff = null;

			ConfigurableApplicationContext second = start(database.url());
			try {
				JdbcClient jdbc = second.getBean(JdbcClient.class);
				Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> jdbc
					.sql("select count(*) from event_publication where serialized_event like ? and completion_date is not null")
					.param("%" + id + "%").query(Long.class).single() == 1);
				assertThat(DELIVERED).containsOnlyOnce(id);
				assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%" + id + "%")
					.query(Long.class).single()).as("one publication, completed").isEqualTo(1);
			}
			finally {
				second.close();
			}
		}
	}

	private static ConfigurableApplicationContext start(String url) {
		return new SpringApplicationBuilder(FideleApplication.class, ProbeListener.class).run("--spring.datasource.url=" + url,
				"--server.port=0", "--fidele.demo.load=false", "--fidele.loyalty.refresh-on-start=false", "--logging.level.io.zonky=WARN",
				"--spring.main.banner-mode=off");
	}
}
