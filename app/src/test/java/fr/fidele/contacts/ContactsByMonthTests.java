package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.casefile.Channel;
import fr.fidele.platform.NotFoundException;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contacts and their legs partitioned by month (V55, decision 32): each kept in its arrival month's partition, one
 * external reference across every month, an arrival corrected into another month taking its legs along, and a month
 * detached for an archive. Each test uses months of its own, so that none sees another's partitions.
 */
@FideleTest
class ContactsByMonthTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactManagement contacts;

	@Autowired
	LiveContacts live;

	@Autowired
	ContactMonths months;

	@Autowired
	TestPeople people;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aContactAndItsLegsAreKeptInTheirArrivalMonthsPartitions() {
		String advisor = people.create(Role.ADVISOR).username();
		long id = record(Instant.parse("2013-05-10T09:00:00Z"), null, advisor);

		assertThat(partitionOf("contact", "id", id)).isEqualTo("contact_2013_05");
		assertThat(partitionOf("contact_leg", "contact_id", id)).isEqualTo("contact_leg_2013_05");
	}

	@Test
	void anExternalReferenceNamesOneContactWhateverItsMonth() {
		String reference = "ext-" + UUID.randomUUID();
		long first = record(Instant.parse("2013-06-10T09:00:00Z"), reference, null);

		ContactManagement.Recorded again = contacts.record(contact(Instant.parse("2013-09-02T09:00:00Z"), reference, null), "test");

		assertThat(again.created()).isFalse();
		assertThat(again.contact().id()).isEqualTo(first);
		assertThat(jdbc.sql("select count(*) from contact where external_ref = ?").param(reference).query(Long.class).single())
			.isEqualTo(1);
		long skipped = jdbc.sql("""
				insert into contact (channel, direction, arrived_at, external_ref) values ('EMAIL', 'INBOUND', ?, ?)
				returning id""").params(Timestamp.from(Instant.parse("2013-10-02T09:00:00Z")), reference).query(Long.class).list().size();
		assertThat(skipped).as("a second contact with the reference is not inserted, whatever the path").isZero();
	}

	@Test
	void anArrivalCorrectedIntoAnotherMonthTakesItsLegsAndItsReferenceAlong() {
		long advisorId = people.create(Role.ADVISOR).id();
		String reference = "ext-" + UUID.randomUUID();
		Instant arrived = Instant.parse("2013-08-01T00:00:30Z");
		long id = record(arrived, reference, null);
		months.prepare(arrived.minusSeconds(86_400), arrived);
		Instant earlier = Instant.parse("2013-07-31T23:59:40Z");

		live.replay(id, new CallFacts(earlier, earlier.plusSeconds(30),
				List.of(new CallFacts.LegFact(advisorId, earlier.plusSeconds(30), earlier.plusSeconds(400), null)),
				earlier.plusSeconds(400), EndedBy.ADVISOR));

		assertThat(partitionOf("contact", "id", id)).isEqualTo("contact_2013_07");
		assertThat(partitionOf("contact_leg", "contact_id", id)).isEqualTo("contact_leg_2013_07");
		assertThat(contacts.record(contact(arrived, reference, null), "test").contact().id()).isEqualTo(id);
		assertThat(jdbc.sql("select bool_or(erased) from contact_change where contact_id = ?").param(id).query(Boolean.class).single())
			.as("the move is logged as a change for the loyalty figures, not as an erasure").isFalse();
	}

	@Test
	void anErasedContactsReferenceIsFreeAgain() {
		String reference = "ext-" + UUID.randomUUID();
		long id = record(Instant.parse("2013-11-10T09:00:00Z"), reference, null);

		jdbc.sql("delete from contact where id = ?").param(id).update();

		assertThat(jdbc.sql("select erased from contact_change where contact_id = ?").param(id).query(Boolean.class).list())
			.containsExactly(true);
		assertThat(contacts.record(contact(Instant.parse("2013-11-10T09:00:00Z"), reference, null), "test").created()).isTrue();
	}

	@Test
	void aMonthWithoutItsPartitionWaitsInTheDefaultPartitionAndKeepsIt() {
		Instant arrived = Instant.parse("2012-03-10T09:00:00Z");
		long id = jdbc.sql("insert into contact (channel, direction, arrived_at) values ('EMAIL', 'INBOUND', ?) returning id")
			.param(Timestamp.from(arrived)).query(Long.class).single();

		int created = jdbc.sql("select create_month_partitions('contact', ?, ?)").params(Timestamp.from(arrived), Timestamp.from(arrived))
			.query(Integer.class).single();

		assertThat(created).as("a month with rows in the default partition gets none: they would have to move").isZero();
		assertThat(partitionOf("contact", "id", id)).isEqualTo("contact_default");
	}

	@Test
	void monthsFollowTheUtcCalendarWhateverTheSessionsTimeZone() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local timezone = 'Europe/Paris'").update();
			jdbc.sql("select create_month_partitions('contact', timestamptz '2014-03-10 00:00Z', timestamptz '2014-04-10 00:00Z')")
				.query(Integer.class).single();
		});
		long id = jdbc.sql("insert into contact (channel, direction, arrived_at) values ('EMAIL', 'INBOUND', ?) returning id")
			.param(Timestamp.from(Instant.parse("2014-03-31T23:30:00Z"))).query(Long.class).single();

		// summer time begins in Paris on 30 March 2014: a month added on Paris's clock would end March at 23:00 UTC
		assertThat(partitionOf("contact", "id", id)).isEqualTo("contact_2014_03");
	}

	@Test
	void aMonthDetachesWithItsLegsForAnArchive() {
		String advisor = people.create(Role.ADVISOR).username();
		long id = record(Instant.parse("2012-09-14T09:00:00Z"), null, advisor);
		long kept = record(Instant.parse("2012-10-01T09:00:00Z"), null, advisor);

		jdbc.sql("select detach_contact_month(date '2012-09-01')").query().singleValue();

		assertThat(jdbc.sql("select count(*) from contact where id = ?").param(id).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from contact_leg where contact_id = ?").param(id).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from contact_2012_09 where id = ?").param(id).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from contact_leg_2012_09 where contact_id = ?").param(id).query(Long.class).single())
			.isOne();
		assertThat(contacts.get(kept).legs()).hasSize(1);
		jdbc.sql("drop table contact_leg_2012_09, contact_2012_09").update();
	}

	@Test
	void aLegOfAContactThatDoesNotExistIsRefused() {
		long advisorId = people.create(Role.ADVISOR).id();
		long missing = jdbc.sql("select nextval('contact_id_seq')").query(Long.class).single();

		// the leg is inserted from its contact's row, for its month: without the row it would insert nothing, silently
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> live.answered(missing, advisorId, Instant.now()));
		assertThat(jdbc.sql("select count(*) from contact_leg where contact_id = ?").param(missing).query(Long.class).single()).isZero();
	}

	private long record(Instant arrived, String reference, String advisor) {
		return contacts.record(contact(arrived, reference, advisor), "test").contact().id();
	}

	private static NewContact contact(Instant arrived, String reference, String advisor) {
		List<NewLeg> legs = advisor == null ? List.of() : List.of(new NewLeg(advisor, arrived.plusSeconds(20), arrived.plusSeconds(300), null));
		return new NewContact(null, null, null, Channel.PHONE, Direction.INBOUND, null, null, arrived, null,
				arrived.plusSeconds(20), arrived.plusSeconds(300), EndedBy.ADVISOR, false, false, null, null,
				reference, legs);
	}

	private String partitionOf(String table, String idColumn, long id) {
		return jdbc.sql("select tableoid::regclass::text from " + table + " where " + idColumn + " = ?").param(id)
			.query(String.class).single();
	}
}
