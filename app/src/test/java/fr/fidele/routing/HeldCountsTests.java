package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.support.HeldCounts;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The items each advisor holds, counted by kind on their routing row by the database as items change (migration
 * V10), whatever writes the change: assignment and the wait estimate read the counts, not the items.
 */
@FideleTest
class HeldCountsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoutingFixture routing;

	@Autowired
	TestPeople people;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theDatabaseGroupsChannelsAsTheApplicationDoes() {
		for (Channel channel : Channel.values()) {
			if (channel == Channel.SELF_SERVICE) {
				// a customer reading the help centre is no work for anyone: never routed, never held
				assertThatIllegalArgumentException().isThrownBy(() -> ChannelKind.of(channel));
				continue;
			}
			assertThat(jdbc.sql("select channel_kind(?)").param(channel.name()).query(String.class).single()).as(channel.name())
				.isEqualTo(ChannelKind.of(channel).name());
		}
	}

	@Test
	void anAdvisorsCountsFollowTheItemsTheyHold() {
		String queue = routing.queue(1, 120);
		long anne = people.create(Role.ADVISOR).id();
		long bruno = people.create(Role.ADVISOR).id();
		long chat = item("CHAT", queue);
		assertThat(held(anne)).as("a waiting item is nobody's").isEqualTo(List.of());

		move(chat, "OFFERED", anne);
		assertThat(held(anne)).as("offered: counted, the advisor's row made if they had none").isEqualTo(List.of(0, 1, 0));
		move(chat, "CONNECTED", anne);
		assertThat(held(anne)).as("accepted: still one").isEqualTo(List.of(0, 1, 0));

		move(chat, "OFFERED", bruno);
		long call = item("PHONE", queue);
		move(call, "CONNECTED", bruno);
		assertThat(held(anne)).as("transferred away").isEqualTo(List.of(0, 0, 0));
		assertThat(held(bruno)).isEqualTo(List.of(1, 1, 0));

		jdbc.sql("update work_item set channel = 'CALLBACK' where id = ?").param(call).update();
		assertThat(held(bruno)).as("a call becoming a callback stays a voice item").isEqualTo(List.of(1, 1, 0));
		move(chat, "DONE", bruno);
		jdbc.sql("delete from contact where id = (select contact_id from work_item where id = ?)").param(call).update();
		assertThat(held(bruno)).as("ended, and deleted with its contact").isEqualTo(List.of(0, 0, 0));
	}

	@Test
	void emptyingTheItemsEmptiesEveryonesHands() {
		long anne = people.create(Role.ADVISOR).id();
		move(item("EMAIL", routing.queue(1, 120)), "OFFERED", anne);
		assertThat(held(anne)).isEqualTo(List.of(0, 0, 1));
		// in a transaction rolled back: the other tests' items stay
		transaction.executeWithoutResult(status -> {
			jdbc.sql("truncate work_item cascade").update();
			assertThat(held(anne)).isEqualTo(List.of(0, 0, 0));
			assertThat(HeldCounts.mismatched(jdbc)).isEmpty();
			status.setRollbackOnly();
		});
	}

	private long item(String channel, String queue) {
		long contact = jdbc.sql("""
				insert into contact (channel, direction, queue, arrived_at, queued_at) values (?, 'INBOUND', ?, now(), now()) returning id""")
			.params(channel, queue).query(Long.class).single();
		return jdbc.sql("""
				insert into work_item (channel, queue_code, place_at, state, contact_id, arrived_at, queued_at)
				values (?, ?, now(), 'QUEUED', ?, now(), now()) returning id""")
			.params(channel, queue, contact).query(Long.class).single();
	}

	private void move(long item, String state, long advisor) {
		jdbc.sql("update work_item set state = ?, advisor_id = ?, offered_at = now() where id = ?").params(state, advisor, item).update();
	}

	private List<Integer> held(long advisor) {
		return jdbc.sql("select voice_held, chat_held, written_held from advisor_routing where advisor_id = ?").param(advisor)
			.query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional().orElse(List.of());
	}
}
