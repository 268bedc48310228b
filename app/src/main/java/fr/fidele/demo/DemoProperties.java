package fr.fidele.demo;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo company.
 *
 * @param load load the demo company at start-up when the database holds no customer yet
 * @param seed random seed: the same seed, size and end date give the same company
 * @param customers number of customers
 * @param contactsPerCustomer average number of first contacts per customer over the two years,
 * before repeat contacts (the total comes out about 15% above)
 * @param endDate last day of the two simulated years (default: today)
 * @param password the demo users' password; when empty one is generated and printed once
 * @param exitAfterLoad stop the application once the demo company is loaded (benchmarks)
 */
@ConfigurationProperties("fidele.demo")
public record DemoProperties(@DefaultValue("false") boolean load, @DefaultValue("20261122") long seed,
		@DefaultValue("5000") int customers, @DefaultValue("8.9") double contactsPerCustomer, LocalDate endDate,
		String password, @DefaultValue("false") boolean exitAfterLoad) {
}
