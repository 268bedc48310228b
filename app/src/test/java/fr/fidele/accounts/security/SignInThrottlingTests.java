package fr.fidele.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import fr.fidele.FideleTest;
import fr.fidele.accounts.Role;
import fr.fidele.support.ApiClient;
import fr.fidele.support.PageSession;
import fr.fidele.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong passwords slow an account, then lock it until an administrator unlocks it; a password spray from one address
 * over many accounts is slowed too. The right password is refused while a wait runs. Each test signs in from its own
 * address (through the trusted proxy header), and time passing is played by moving the last failure back.
 */
@FideleTest
class SignInThrottlingTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(new SplittableRandom().nextInt(60_000));

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void wrongPasswordsSlowAnAccountThenLockItUntilAnAdministratorUnlocksIt() {
		TestPeople.Person advisor = people.create(Role.ADVISOR);
		String address = address();
		for (int i = 0; i < 7; i++) {
			timePasses(advisor);
			assertThat(signIn(advisor, "wrong-" + i, address)).isEqualTo("/login?error");
		}
		assertThat(signIn(advisor, TestPeople.PASSWORD, address)).as("the right password, too soon").startsWith("/login?wait=");

		timePasses(advisor);
		assertThat(signIn(advisor, TestPeople.PASSWORD, address)).as("after the wait").doesNotStartWith("/login");
		for (int i = 0; i < 10; i++) {
			timePasses(advisor);
			assertThat(signIn(advisor, "wrong-" + i, address)).isEqualTo("/login?error");
		}
		timePasses(advisor);
		assertThat(signIn(advisor, TestPeople.PASSWORD, address)).as("locked after ten").isEqualTo("/login?locked=15");

		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		assertThat(admin.post("/api/users/" + advisor.username() + "/unlock", "").status()).isEqualTo(204);
		assertThat(signIn(advisor, TestPeople.PASSWORD, address)).doesNotStartWith("/login");
	}

	@Test
	void aPasswordSprayFromOneAddressIsSlowed() {
		String address = address();
		for (int i = 0; i < 24; i++) {
			timePasses("address:" + address);
			assertThat(PageSession.trySignIn(port, "someone-" + i + "-" + UUID.randomUUID(), "Printemps2026!", address))
				.isEqualTo("/login?error");
		}
		TestPeople.Person advisor = people.create(Role.ADVISOR);
		timePasses(advisor);
		timePasses("address:" + address);
		assertThat(signIn(advisor, "Printemps2026!", address)).as("the 25th wrong password from there").isEqualTo("/login?error");

		assertThat(signIn(advisor, TestPeople.PASSWORD, address)).as("from the spraying address").startsWith("/login?wait=");
		assertThat(signIn(advisor, TestPeople.PASSWORD, address())).as("from elsewhere").doesNotStartWith("/login");
	}

	@Test
	void theSignInPageSaysHowLongToWaitAndIgnoresAnythingElse() {
		PageSession visitor = PageSession.signIn(port, people.create(Role.ADVISOR).username(), TestPeople.PASSWORD);
		assertThat(visitor.get("/login?lang=en&wait=7").body()).contains("wait 7 s before trying again");
		assertThat(visitor.get("/login?lang=fr&locked=15").body()).contains("réessayez dans 15 min");
		assertThat(visitor.get("/login?lang=en&wait=%3Cscript%3E").body()).doesNotContain("<script>").doesNotContain("before trying again");
	}

	@Test
	void onlyAnAdministratorUnlocks() {
		TestPeople.Person advisor = people.create(Role.ADVISOR);
		ApiClient supervisor = new ApiClient(port, people.create(Role.SUPERVISOR).token());
		assertThat(supervisor.post("/api/users/" + advisor.username() + "/unlock", "").status()).isEqualTo(403);
		ApiClient admin = new ApiClient(port, people.create(Role.ADMIN).token());
		assertThat(admin.post("/api/users/nobody-" + UUID.randomUUID() + "/unlock", "").status()).isEqualTo(404);
	}

	private String signIn(TestPeople.Person person, String password, String address) {
		return PageSession.trySignIn(port, person.username(), password, address);
	}

	private void timePasses(TestPeople.Person person) {
		timePasses("account:" + person.username().toLowerCase());
	}

	/** A minute passes for the failures of one account or address: the waits they imposed are a minute shorter. */
	private void timePasses(String subject) {
		jdbc.sql("update sign_in_failure set last_failure = last_failure - interval '1 minute' where subject = ?").param(subject).update();
	}

	/** An address of the documentation ranges (RFC 5737) that no other test of this run uses. */
	private static String address() {
		int next = ADDRESSES.getAndIncrement();
		return "198.51." + (next / 250) % 250 + "." + (1 + next % 250);
	}
}
