package fr.fidele.routing.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.routing.RoutingSetup;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The simulator plays a few seconds of busy traffic with three advisors: every call it places is in the case file,
 * ended as it really ended (talked, abandoned, or left for a callback), and the callbacks are handled.
 */
@FideleTest
class CallSimulatorTests {

	static final Pattern SUMMARY = Pattern.compile("calls (\\d+): talked (\\d+), abandoned (\\d+), callbacks (\\d+), still going (\\d+), errors (\\d+), missed offers (\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	RoutingSetup setup;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everySimulatedCallIsInTheCaseFileAsItEnded() throws Exception {
		List<String> tokens = new ArrayList<>();
		List<Long> advisors = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			TestPeople.Person advisor = people.create(Role.ADVISOR);
			setup.prepare(advisor.id(), List.of("fr", "en"), Map.of("GENERAL", 3, "BILLING", 3, "TECHNICAL", 3, "COMPLAINT", 3,
					"RETENTION", 3, "PREMIUM", 3));
			tokens.add(advisor.token());
			advisors.add(advisor.id());
		}
		Path tokenFile = Files.createTempFile("advisors", ".txt");
		Files.write(tokenFile, tokens);
		SimulatorOptions options = new SimulatorOptions("http://localhost:" + port, FideleTest.CTI_SECRET, 6, Duration.ofSeconds(4),
				Duration.ofMillis(1500), Duration.ofSeconds(2), 0.5, null, tokenFile, Duration.ofMillis(200), 7);

		String summary = new CallSimulator(options).run();

		Matcher figures = SUMMARY.matcher(summary);
		assertThat(figures.matches()).as(summary).isTrue();
		int calls = Integer.parseInt(figures.group(1));
		int talked = Integer.parseInt(figures.group(2));
		int abandoned = Integer.parseInt(figures.group(3));
		int callbacks = Integer.parseInt(figures.group(4));
		assertThat(calls).isPositive();
		assertThat(Integer.parseInt(figures.group(6))).as("errors").isZero();
		assertThat(talked + abandoned + callbacks).isEqualTo(calls);
		assertThat(talked).isPositive();
		assertThat(ended("ABANDONED")).isEqualTo(abandoned);
		assertThat(ended("SYSTEM")).as("callbacks").isEqualTo(callbacks);
		assertThat(jdbc.sql("""
				select count(*) from contact c where c.external_ref like 'cti:sim-%' and c.channel = 'PHONE' and c.answered_at is not null
				and c.ended_by in ('CUSTOMER', 'ADVISOR')
				and exists (select 1 from contact_leg l where l.contact_id = c.id and l.advisor_id = any(?))""")
			.param(advisors.toArray(Long[]::new)).query(Integer.class).single()).isEqualTo(talked);
	}

	private int ended(String by) {
		return jdbc.sql("select count(*) from contact where external_ref like 'cti:sim-%' and ended_by = ?").param(by)
			.query(Integer.class).single();
	}
}
