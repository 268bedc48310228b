package fr.fidele.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.RoutingFixture;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What rounds read of the advisors, and the signs of life that keep their work theirs. */
@FideleTest
class AdvisorStatesTests {

	@Autowired
	AdvisorStates advisors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingFixture routing;

	@Test
	void aSignOfLifeIsWrittenAtMostOnceEveryFiveSeconds() {
		long advisor = people.create(Role.ADVISOR).id();
		Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		advisors.setPresence(advisor, Presence.AVAILABLE, start);
		advisors.seen(List.of(advisor), start.plusSeconds(4));
		assertThat(lastSeen(advisor)).as("too soon: not written").isEqualTo(start);
		advisors.seen(List.of(advisor), start.plusSeconds(6));
		assertThat(lastSeen(advisor)).isEqualTo(start.plusSeconds(6));
		advisors.setPresence(advisor, Presence.OFFLINE, start);
	}

	@Test
	void aSkillGrantedHereIsSeenByTheNextRoundAtOnce() {
		long advisor = people.create(Role.ADVISOR).id();
		Instant now = Instant.now();
		advisors.setPresence(advisor, Presence.AVAILABLE, now);
		assertThat(freeSkills(advisor, now)).as("known, with no skill yet").isEqualTo(Map.of());
		// a skill of the test's own: an advisor left available must not take other tests' work
		String skill = routing.queue(4, 120);
		advisors.grantSkill(advisor, skill, 4);
		assertThat(freeSkills(advisor, now)).isEqualTo(Map.of(skill, 4));
		advisors.setPresence(advisor, Presence.OFFLINE, now);
	}

	private Map<String, Integer> freeSkills(long advisor, Instant now) {
		return advisors.free(now.minusSeconds(30)).stream().filter(free -> free.id() == advisor).findFirst().orElseThrow().skills();
	}

	private Instant lastSeen(long advisor) {
		return jdbc.sql("select last_seen_at from advisor_routing where advisor_id = ?").param(advisor).query(Timestamp.class).single()
			.toInstant();
	}
}
