package fr.fidele.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.contacts.ContactErasure;
import fr.fidele.support.ApiClient;
import fr.fidele.support.TestPeople;
import fr.fidele.voice.VoiceErasure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention rules remove what is older than each kind's duration, and only that, keep the contacts as facts, and
 * report what each run removed; a kind without a duration is kept.
 */
@FideleTest
class RetentionRulesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	ContactErasure contacts;

	@Autowired
	VoiceErasure verbatims;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void oldFreeTextGoesRecentStaysAndTheRunIsReported() {
		TestPeople.Person person = people.create(Role.ADVISOR);
		ApiClient advisor = new ApiClient(port, person.token());
		long customer = advisor.post("/api/customers", """
				{"reference":"RET-%s","name":"Lucie Perrin","segment":"RESIDENTIAL","expertise":"NOVICE","customerSince":"2019-01-15"}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))).json().get("id").asLong();
		long old = contact(advisor, customer, "2020-03-02", person.username());
		long recent = contact(advisor, customer, LocalDate.now(clock).minusDays(1).toString(), person.username());
		jdbc.sql("insert into customer_read (customer_id, actor, via, at) values (?, 'someone', 'GET /test', now() - interval '40 days')")
			.param(customer).update();
		long oldVerbatim = verbatim(customer, "2020-03-02T09:09:00Z");
		long recentVerbatim = verbatim(customer, Instant.now(clock).minus(Duration.ofDays(1)).toString());
		RetentionRules rules = new RetentionRules(contacts, verbatims, jdbc, new RetentionProperties(Duration.ofDays(3 * 365), Duration.ofDays(30),
				"0 15 3 * * *"), clock);

		List<RetentionRules.Applied> applied = rules.apply();

		assertThat(advisor.get("/api/contacts/" + old).json().get("wrapUpNotes").isNull()).isTrue();
		assertThat(advisor.get("/api/contacts/" + old).json().at("/legs/0/transferNote").asString()).isEqualTo("[effacé]");
		assertThat(advisor.get("/api/contacts/" + recent).json().get("wrapUpNotes").asString()).isEqualTo("notes du jour");
		assertThat(advisor.get("/api/contacts/" + recent).json().at("/legs/0/transferNote").asString()).isEqualTo("à suivre");
		assertThat(jdbc.sql("select count(*) from customer_read where customer_id = ? and via = 'GET /test'").param(customer)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select id from verbatim where id in (?, ?)").params(oldVerbatim, recentVerbatim).query(Long.class).list())
			.as("the copies of what customers wrote go with the contacts' text").containsExactly(recentVerbatim);
		assertThat(applied).extracting(RetentionRules.Applied::kind).containsExactly("contact-text", "verbatims", "read-audit");
		assertThat(applied.get(0).affected()).isGreaterThanOrEqualTo(2);
		assertThat(rules.latest(2)).extracting(RetentionRules.Applied::kind).containsExactlyInAnyOrder("verbatims", "read-audit");

		RetentionRules keepEverything = new RetentionRules(contacts, verbatims, jdbc, new RetentionProperties(null, Duration.ZERO, "0 15 3 * * *"),
				clock);
		assertThat(keepEverything.apply()).isEmpty();
	}

	private long verbatim(long customer, String writtenAt) {
		return jdbc.sql("""
				insert into verbatim (source, source_id, customer_id, language, written_at, body, sentiment)
				values ('NOTE', nextval('verbatim_seq') + 1000000000, ?, 'fr', ?::timestamptz, 'un texte', 'NEUTRAL') returning id""")
			.params(customer, writtenAt).query(Long.class).single();
	}

	private static long contact(ApiClient advisor, long customer, String day, String username) {
		ApiClient.Response recorded = advisor.post("/api/contacts", """
				{"customerId":%d,"channel":"PHONE","reasonCode":"BILLING","queue":"phone-fr","arrivedAt":"%sT09:00:00Z",
				 "answeredAt":"%sT09:01:00Z","endedAt":"%sT09:09:00Z","endedBy":"CUSTOMER","resolved":true,"wrapUpNotes":"notes du jour",
				 "legs":[{"advisor":"%s","startedAt":"%sT09:01:00Z","endedAt":"%sT09:04:00Z","transferNote":"à suivre"},
				         {"advisor":"%s","startedAt":"%sT09:04:00Z","endedAt":"%sT09:09:00Z"}]}"""
			.formatted(customer, day, day, day, username, day, day, username, day, day));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		return recorded.json().get("id").asLong();
	}
}
