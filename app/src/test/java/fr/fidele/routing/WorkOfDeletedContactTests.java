package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.platform.database.MonthlyPartitions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deleted contact's work item and switch call go with it, as their foreign keys' {@code on delete cascade} made sure
 * until contacts were partitioned by month (V55): the trigger that replaced them, and its one exception, a contact
 * moved to another month by a corrected arrival, which is no deletion.
 */
@FideleTest
class WorkOfDeletedContactTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MonthlyPartitions partitions;

	@Test
	void aDeletedContactsWorkItemAndSwitchCallGoWithIt() {
		long contact = contact(Instant.now());
		String call = call(contact, item(contact));

		jdbc.sql("delete from contact where id = ?").param(contact).update();

		assertThat(count("select count(*) from work_item where contact_id = ?", contact)).isZero();
		assertThat(count("select count(*) from cti_call where call_id = ?", call)).isZero();
	}

	@Test
	void aContactMovedToAnotherMonthKeepsItsWork() {
		long contact = contact(Instant.parse("2015-06-01T00:00:10Z"));
		String call = call(contact, item(contact));
		partitions.prepare("contact", Instant.parse("2015-05-01T00:00:00Z"), Instant.parse("2015-05-01T00:00:00Z"));

		jdbc.sql("update contact set arrived_at = timestamptz '2015-05-31 23:59:50Z' where id = ?").param(contact).update();

		assertThat(count("select count(*) from work_item where contact_id = ?", contact)).isOne();
		assertThat(count("select count(*) from cti_call where call_id = ?", call)).isOne();
		jdbc.sql("delete from contact where id = ?").param(contact).update();
	}

	private long contact(Instant arrived) {
		partitions.prepare("contact", arrived, arrived);
		return jdbc.sql("insert into contact (channel, direction, arrived_at) values ('PHONE', 'INBOUND', ?) returning id")
			.param(Timestamp.from(arrived)).query(Long.class).single();
	}

	/** A finished item, which the router leaves alone. */
	private long item(long contact) {
		return jdbc.sql("""
				insert into work_item (channel, queue_code, place_at, state, contact_id, arrived_at, queued_at, ended_at)
				values ('PHONE', 'GENERAL', now(), 'DONE', ?, now(), now(), now()) returning id""")
			.param(contact).query(Long.class).single();
	}

	private String call(long contact, long item) {
		String call = "call-" + UUID.randomUUID();
		jdbc.sql("insert into cti_call (call_id, contact_id, work_item_id) values (?, ?, ?)").params(call, contact, item).update();
		return call;
	}

	private long count(String sql, Object key) {
		return jdbc.sql(sql).param(key).query(Long.class).single();
	}
}
