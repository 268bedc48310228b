package fr.fidele.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import fr.fidele.accounts.NewUser;
import fr.fidele.accounts.Role;
import fr.fidele.accounts.User;
import fr.fidele.accounts.Users;
import fr.fidele.routing.RoutingSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo company's people: one named user per role (the README lists them), plus enough
 * advisors and supervisors for the customer base. They share one password, from
 * {@code FIDELE_DEMO_PASSWORD} or generated and printed once; no password is written in the code.
 */
@Component
class DemoPeople {

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
	private static final int ADVISORS_PER_TEAM = 12;
	private static final int CUSTOMERS_PER_ADVISOR = 2000;

	/** The named demo users: user name, display name, role, language. */
	record Named(String username, String displayName, Role role, String language) {
	}

	static final List<Named> NAMED = List.of(new Named("camille", "Camille Martin", Role.ADVISOR, "fr"),
			new Named("emma", "Emma Wilson", Role.ADVISOR, "en"),
			new Named("julien", "Julien Bernard", Role.SUPERVISOR, "fr"),
			new Named("helene", "Hélène Petit", Role.DIRECTOR, "fr"),
			new Named("admin", "Administrateur Fidèle", Role.ADMIN, "fr"), new Named("mystere", "Client Mystère", Role.SHOPPER, "fr"));

	/** Advisors who handle the demo contacts, and the planted hang-up advisor's position among them. */
	record Staff(long[] advisorIds, int hangUpAdvisor) {
	}

	/** The skills of the generated advisors, in turn: every advisor takes the front desk, each has a speciality. */
	private static final List<Map<String, Integer>> SPECIALITIES = List.of(Map.of("GENERAL", 2, "BILLING", 3),
			Map.of("GENERAL", 2, "TECHNICAL", 3), Map.of("GENERAL", 3, "COMPLAINT", 3, "RETENTION", 3),
			Map.of("GENERAL", 2, "PREMIUM", 3, "BILLING", 2));

	private final Users users;
	private final PasswordEncoder encoder;
	private final RoutingSetup routing;

	DemoPeople(Users users, PasswordEncoder encoder, RoutingSetup routing) {
		this.users = users;
		this.encoder = encoder;
		this.routing = routing;
	}

	Staff create(DemoProperties properties, SplittableRandom random) {
		String password = StringUtils.hasText(properties.password()) ? properties.password() : generatedPassword();
		String hash = encoder.encode(password);
		int advisorCount = Math.max(2 * ADVISORS_PER_TEAM, properties.customers() / CUSTOMERS_PER_ADVISOR);
		int teams = (advisorCount + NAMED.size() + ADVISORS_PER_TEAM - 1) / ADVISORS_PER_TEAM;
		long[] teamIds = new long[teams];
		for (int t = 0; t < teams; t++) {
			teamIds[t] = users.createTeam("Équipe " + (t + 1));
		}
		List<Long> advisors = new ArrayList<>();
		for (Named named : NAMED) {
			long id = users.create(new NewUser(named.username(), named.displayName(), Set.of(named.role()), teamIds[0],
					named.language(), hash));
			if (named.role() == Role.ADVISOR) {
				advisors.add(id);
			}
			if (named.role() == Role.ADVISOR || named.role() == Role.SUPERVISOR) {
				// the named people serve every queue, so that a demo call always reaches them
				routing.prepare(id, List.of("fr", "en"), Map.of("GENERAL", 3, "BILLING", 3, "TECHNICAL", 3, "COMPLAINT", 3,
						"RETENTION", 3, "PREMIUM", 3));
			}
		}
		int hangUpAdvisor = -1;
		for (int i = 1; i <= advisorCount; i++) {
			String username = "conseiller-%03d".formatted(i);
			long team = teamIds[(i + 1) / ADVISORS_PER_TEAM % teams];
			if (username.equals(PlantedEffects.HANG_UP_ADVISOR)) {
				hangUpAdvisor = advisors.size();
			}
			long id = users.create(new NewUser(username, Names.person(random, "fr"), EnumSet.of(Role.ADVISOR), team, "fr", hash));
			routing.prepare(id, List.of("fr"), SPECIALITIES.get(i % SPECIALITIES.size()));
			advisors.add(id);
		}
		for (int t = 1; t < teams; t++) {
			users.create(new NewUser("superviseur-%02d".formatted(t + 1), Names.person(random, "fr"),
					EnumSet.of(Role.SUPERVISOR), teamIds[t], "fr", hash));
		}
		announce(password, properties);
		return new Staff(advisors.stream().mapToLong(Long::longValue).toArray(), hangUpAdvisor);
	}

	boolean alreadyCreated() {
		return users.findByUsername(NAMED.get(0).username()).map(User::enabled).orElse(false);
	}

	private static void announce(String password, DemoProperties properties) {
		String shown = StringUtils.hasText(properties.password()) ? "(from FIDELE_DEMO_PASSWORD)" : password;
		log.warn("""

				==================================================================
				 Fidèle demo company loaded. Sign in at http://localhost:8080 as
				 camille (advisor), emma (advisor, English), julien (supervisor),
				 helene (director), admin or mystere (mystery shopper), with the
				 password: {}
				 This password is shown only this once.
				==================================================================""", shown);
	}

	private static String generatedPassword() {
		SecureRandom random = new SecureRandom();
		String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return password.toString();
	}
}
