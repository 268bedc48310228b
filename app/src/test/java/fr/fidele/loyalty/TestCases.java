package fr.fidele.loyalty;

import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Support cases the loyalty tests write straight into the database. */
final class TestCases {

	private TestCases() {
	}

	/** A case of {@code customer}, left open one time in two, else resolved within {@code hours} from {@code from}. */
	static long openOrResolved(JdbcClient jdbc, Random random, long customer, String from, int hours) {
		long id = jdbc.sql("""
				insert into support_case (customer_id, reason_code, subject, status, opened_at)
				values (?, 'BILLING', 'suivi', 'OPEN', now()) returning id""").param(customer).query(Long.class).single();
		if (random.nextBoolean()) {
			jdbc.sql("update support_case set status = 'RESOLVED', resolved_at = ?::timestamptz + make_interval(hours => ?) where id = ?")
				.params(from, random.nextInt(hours), id).update();
		}
		return id;
	}
}
