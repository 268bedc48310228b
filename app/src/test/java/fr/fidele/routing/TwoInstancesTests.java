package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import fr.fidele.FideleApplication;
import fr.fidele.accounts.NewUser;
import fr.fidele.accounts.Role;
import fr.fidele.accounts.Users;
import fr.fidele.casefile.Channel;
import fr.fidele.contacts.Direction;
import fr.fidele.contacts.WrapUp;
import fr.fidele.support.HeldCounts;
import fr.fidele.support.SharedDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Fidèle instances on one database under load: every item is offered by one instance at a time and none is lost;
 * then one instance dies mid-load, its advisors' workspaces with it, and the other offers their items again. The
 * database is a PostgreSQL of the test's own (or a fresh database on FIDELE_TEST_DB_URL), so that it outlives the
 * instance that dies.
 */
class TwoInstancesTests {

	static final int ITEMS = 300;
	static final int ADVISORS_PER_INSTANCE = 6;

	private SharedDatabase database;
	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
	/** Plays the advisors' workspaces, each every few milliseconds. */
	private final ScheduledExecutorService desks = Executors.newScheduledThreadPool(4);

	@AfterEach
	void stopEverything() throws Exception {
		desks.shutdownNow();
		desks.awaitTermination(10, TimeUnit.SECONDS);
		instances.forEach(ConfigurableApplicationContext::close);
		if (database != null) {
			database.close();
		}
	}

	@Test
	void noItemIsOfferedTwiceNorLostAndADeadInstancesItemsAreOfferedAgain() throws Exception {
		database = new SharedDatabase("two-instances");
		String url = database.url();
		ConfigurableApplicationContext a = start(url, "instance-a");
		ConfigurableApplicationContext b = start(url, "instance-b");
		JdbcClient jdbc = b.getBean(JdbcClient.class);
		String queue = "TWO" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		jdbc.sql("insert into routing_queue (code, label_fr, label_en, skill) values (?, ?, ?, ?)").params(queue, queue, queue, queue).update();
		List<Long> advisorsOfA = advisors(a, queue, "a");
		List<Long> advisorsOfB = advisors(b, queue, "b");
		// the advisors of the instance that dies keep every item they accept, so that those are in their hands when it
		// dies (holding them a while only, a warm machine sometimes had them all wrapped up just before)
		List<ScheduledFuture<?>> workspacesOnA = advisorsOfA.stream()
			.<ScheduledFuture<?>>map(id -> play(a.getBean(AdvisorDesk.class), id, Duration.ofHours(1))).toList();
		advisorsOfB.forEach(id -> play(b.getBean(AdvisorDesk.class), id, Duration.ofMillis(20)));

		for (int i = 0; i < ITEMS / 2; i++) {
			(i % 2 == 0 ? a : b).getBean(Arrivals.class).enqueue(chat(queue));
		}
		Awaitility.await("the first instance's advisors in conversation").atMost(Duration.ofSeconds(30))
			.until(() -> inConversation(jdbc, advisorsOfA) > 0);
		// the instance dies, and the workspaces connected to it with it
		workspacesOnA.forEach(workspace -> workspace.cancel(false));
		a.close();
		instances.remove(a);
		for (int i = ITEMS / 2; i < ITEMS; i++) {
			b.getBean(Arrivals.class).enqueue(chat(queue));
		}

		Awaitility.await("every item handled, none lost").atMost(Duration.ofSeconds(90)).until(() -> done(jdbc, queue) == ITEMS);
		assertThat(jdbc.sql("""
				select count(*) from work_offer o1 join work_offer o2 on o1.work_item_id = o2.work_item_id and o1.id < o2.id
				join work_item w on w.id = o1.work_item_id
				where w.queue_code = ? and (o1.ended_at is null or o1.ended_at > o2.offered_at)""").param(queue).query(Integer.class).single())
			.as("no item offered twice at once").isZero();
		assertThat(jdbc.sql("""
				select count(distinct instance) from work_offer o join work_item w on w.id = o.work_item_id where w.queue_code = ?""")
			.param(queue).query(Integer.class).single()).as("both instances assigned work").isEqualTo(2);
		// the conversations the dead instance's advisors had accepted, every one finished by the surviving instance's
		int heldByTheDead = jdbc.sql("""
				select count(distinct w.id) from work_offer o join work_item w on w.id = o.work_item_id
				where w.queue_code = ? and o.outcome = 'ACCEPTED' and o.advisor_id = any(?)""")
			.params(queue, advisorsOfA.toArray(Long[]::new)).query(Integer.class).single();
		assertThat(heldByTheDead).as("items in the dead instance's advisors' hands").isPositive();
		assertThat(jdbc.sql("""
				select count(distinct w.id) from work_offer o join work_item w on w.id = o.work_item_id
				where w.queue_code = ? and o.outcome = 'ACCEPTED' and o.advisor_id = any(?) and w.state = 'DONE' and w.advisor_id = any(?)""")
			.params(queue, advisorsOfA.toArray(Long[]::new), advisorsOfB.toArray(Long[]::new)).query(Integer.class).single())
			.as("they came back and the surviving instance's advisors finished them").isEqualTo(heldByTheDead);
		assertThat(jdbc.sql("""
				select count(*) from contact c join work_item w on w.contact_id = c.id
				where w.queue_code = ? and c.resolved and c.ended_at is not null""").param(queue).query(Integer.class).single())
			.as("each contact wrapped up once, in the case file").isEqualTo(ITEMS);
		assertThat(HeldCounts.mismatched(jdbc)).as("held items counted right under concurrent changes").isEmpty();
	}

	/** An advisor's workspace, played every 10 ms: accept each offer, wrap it up once held for {@code handling}. */
	private ScheduledFuture<?> play(AdvisorDesk desk, long advisor, Duration handling) {
		desk.presence(advisor, Presence.AVAILABLE);
		Map<Long, Instant> accepted = new ConcurrentHashMap<>();
		return desks.scheduleWithFixedDelay(() -> turn(desk, advisor, handling, accepted), 0, 10, TimeUnit.MILLISECONDS);
	}

	private static void turn(AdvisorDesk desk, long advisor, Duration handling, Map<Long, Instant> accepted) {
		try {
			desk.alive(advisor);
			Instant now = Instant.now();
			for (WorkItem item : desk.held(advisor)) {
				if (item.state() == ItemState.OFFERED) {
					desk.accept(advisor, item.id());
					accepted.put(item.id(), now);
				}
				else if (item.state() == ItemState.CONNECTED && !now.isBefore(accepted.computeIfAbsent(item.id(), id -> now).plus(handling))) {
					desk.wrapUp(advisor, item.id(), new WrapUp(true, null, null));
				}
			}
		}
		catch (RuntimeException lostMeanwhile) {
			// the item was taken back (the advisor looked lost) or the instance is going away: the next turn goes on
		}
	}

	private static Arrival chat(String queue) {
		return new Arrival(Channel.CHAT, Direction.INBOUND, null, null, "fr", queue, null, null, null);
	}

	private static int inConversation(JdbcClient jdbc, List<Long> advisors) {
		return jdbc.sql("select count(*) from work_item where state = 'CONNECTED' and advisor_id = any(?)")
			.param(advisors.toArray(Long[]::new)).query(Integer.class).single();
	}

	private static int done(JdbcClient jdbc, String queue) {
		return jdbc.sql("select count(*) from work_item where queue_code = ? and state = 'DONE'").param(queue).query(Integer.class).single();
	}

	private static List<Long> advisors(ConfigurableApplicationContext instance, String queue, String prefix) {
		Users users = instance.getBean(Users.class);
		RoutingSetup setup = instance.getBean(RoutingSetup.class);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < ADVISORS_PER_INSTANCE; i++) {
			String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
			long id = users.create(new NewUser(username, username, EnumSet.of(Role.ADVISOR), null, "fr", null));
			setup.prepare(id, List.of("fr"), Map.of(queue, 1));
			ids.add(id);
		}
		return ids;
	}

	private ConfigurableApplicationContext start(String url, String name) {
		// as arguments, which come before application.yml (whose datasource URL is empty without FIDELE_DB_URL)
		ConfigurableApplicationContext context = new SpringApplicationBuilder(FideleApplication.class).run(
				"--spring.datasource.url=" + url, "--server.port=0", "--fidele.demo.load=false",
				"--fidele.loyalty.refresh-on-start=false", "--fidele.routing.instance=" + name, "--fidele.routing.advisor-timeout=2s",
				"--fidele.routing.sweep-interval=500ms", "--logging.level.io.zonky=WARN", "--spring.main.banner-mode=off");
		instances.add(context);
		return context;
	}
}
