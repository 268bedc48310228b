package fr.fidele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import fr.fidele.support.SharedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration to contacts, legs and history by month (V55) on a database that already holds them: every row kept
 * with its id, each in its month, the views reading them answering as before, the sequences going on, the references
 * still claimed.
 */
class ContactsByMonthMigrationTests {

	private static final String CONTACTS = "select c.*, f.first_of_case from contact c join contact_facts f using (id) order by id";
	private static final String LEGS = "select contact_id, seq, advisor_id, started_at from contact_leg_facts order by contact_id, seq";

	@Test
	void aDatabaseHoldingContactsIsPartitionedWithoutLosingAny() throws Exception {
		try (SharedDatabase database = new SharedDatabase("contacts-by-month")) {
			DataSource dataSource = new DriverManagerDataSource(database.url(), System.getenv().getOrDefault("FIDELE_DB_USER", "postgres"),
					System.getenv("FIDELE_DB_PASSWORD"));
			Flyway.configure().dataSource(dataSource).target("54").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			fill(jdbc);
			List<Map<String, Object>> contactsBefore = jdbc.sql(CONTACTS).query().listOfRows();
			List<Map<String, Object>> legsBefore = jdbc.sql(LEGS).query().listOfRows();
			long historyBefore = jdbc.sql("select count(*) from history").query(Long.class).single();

			Flyway.configure().dataSource(dataSource).load().migrate();

			assertThat(jdbc.sql(CONTACTS).query().listOfRows()).isEqualTo(contactsBefore);
			assertThat(jdbc.sql(LEGS).query().listOfRows()).isEqualTo(legsBefore);
			assertThat(jdbc.sql("select count(*) from history").query(Long.class).single()).isEqualTo(historyBefore);
			assertThat(jdbc.sql("select tableoid::regclass::text from contact order by id").query(String.class).list())
				.containsExactly("contact_2021_01", "contact_2021_01", "contact_2024_12");
			assertThat(jdbc.sql("select distinct tableoid::regclass::text from contact_leg").query(String.class).list())
				.containsExactly("contact_leg_2021_01");
			assertThat(jdbc.sql("select tableoid::regclass::text from history where at < '2022-01-01'").query(String.class).single())
				.isEqualTo("history_2021_01");
			long next = jdbc.sql("insert into contact (channel, direction, arrived_at) values ('EMAIL', 'INBOUND', now()) returning id")
				.query(Long.class).single();
			assertThat(next).as("the contacts' sequence goes on past the migrated ids").isEqualTo(4);
			assertThat(jdbc.sql("insert into contact (channel, direction, arrived_at, external_ref) values ('EMAIL', 'INBOUND', now(), 'switch-1') returning id")
				.query(Long.class).list()).as("a migrated contact's reference is still claimed").isEmpty();
		}
	}

	private static void fill(JdbcClient jdbc) {
		jdbc.sql("""
				insert into customer (reference, display_name, search_text, segment, expertise, customer_since)
				values ('C-1', 'Hugo Lambert', 'hugo lambert', 'RESIDENTIAL', 'NOVICE', date '2019-04-01')""").update();
		jdbc.sql("insert into app_user (username, display_name, roles) values ('lea', 'Léa', '{ADVISOR}')").update();
		jdbc.sql("""
				insert into contact (customer_id, channel, direction, arrived_at, answered_at, ended_at, ended_by, external_ref)
				select (select id from customer), 'PHONE', 'INBOUND', a, a + interval '20 seconds', a + interval '5 minutes', 'ADVISOR', r
				from (values (timestamptz '2021-01-05 10:00Z', 'switch-1'), (timestamptz '2021-01-31 23:59:59Z', null),
				             (timestamptz '2024-12-24 08:00Z', 'switch-3')) v (a, r)""").update();
		jdbc.sql("""
				insert into contact_leg (contact_id, seq, advisor_id, started_at, ended_at, transfer_note)
				select c.id, s, (select id from app_user), c.answered_at, c.ended_at, case when s = 1 then 'vers la facturation' end
				from contact c cross join generate_series(1, 2) s where c.arrived_at < '2022-01-01'""").update();
		jdbc.sql("""
				insert into history (entity_type, entity_id, action, actor, reason, at)
				values ('CONTACT', 1, 'recorded', 'lea', 'test', timestamptz '2021-01-05 10:00Z'),
				       ('CONTACT', 3, 'recorded', 'lea', 'test', now())""").update();
	}
}
