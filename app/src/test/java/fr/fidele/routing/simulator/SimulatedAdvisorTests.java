package fr.fidele.routing.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.routing.AdvisorDesk;
import fr.fidele.routing.Presence;
import fr.fidele.routing.PresenceCause;
import fr.fidele.routing.RoutingSetup;
import fr.fidele.routing.Supervision;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A simulated advisor set away for a missed offer does what a person does: sees it, counts it, and comes back after a
 * pause; the wall says why they were away. One who chose to be away is left so.
 */
@FideleTest
class SimulatedAdvisorTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingSetup setup;

	@Autowired
	AdvisorDesk desk;

	@Autowired
	Supervision supervision;

	@Autowired
	JdbcClient jdbc;

	@Test
	void setAwayForAMissedOfferTheAdvisorComesBack() {
		TestPeople.Person person = advisor();
		SimulatedAdvisor advisor = simulated(person);
		desk.presence(person.id(), Presence.AVAILABLE);
		// what LostWork does to an advisor whose offer expired
		jdbc.sql("update advisor_routing set presence = 'AWAY', presence_cause = 'OFFER_MISSED' where advisor_id = ?").param(person.id())
			.update();
		assertThat(supervision.advisors()).filteredOn(row -> row.id() == person.id()).singleElement()
			.satisfies(row -> assertThat(row.cause()).isEqualTo(PresenceCause.OFFER_MISSED));

		advisor.turn();

		assertThat(desk.presenceOf(person.id())).isEqualTo(Presence.AVAILABLE);
		assertThat(advisor.missedOffers()).isEqualTo(1);
		advisor.turn();
		assertThat(advisor.missedOffers()).as("counted once").isEqualTo(1);
	}

	@Test
	void anAdvisorWhoChoseToBeAwayStaysAway() {
		TestPeople.Person person = advisor();
		SimulatedAdvisor advisor = simulated(person);
		desk.presence(person.id(), Presence.AWAY);

		advisor.turn();

		assertThat(desk.presenceStateOf(person.id()).presence()).isEqualTo(Presence.AWAY);
		assertThat(desk.presenceStateOf(person.id()).cause()).isEqualTo(PresenceCause.ADVISOR);
		assertThat(advisor.missedOffers()).isZero();
	}

	private TestPeople.Person advisor() {
		TestPeople.Person person = people.create(Role.ADVISOR);
		// a skill no queue asks for: work other tests left waiting must not make this advisor busy
		setup.prepare(person.id(), List.of("fr"), Map.of("SIMULATED_ONLY", 1));
		return person;
	}

	private SimulatedAdvisor simulated(TestPeople.Person person) {
		return new SimulatedAdvisor(person.token(), new FideleLine("http://localhost:" + port, FideleTest.CTI_SECRET),
				new SplittableRandom(1), 1000, 0);
	}
}
