package fr.fidele.customers;

import java.time.Instant;
import java.util.List;

import fr.fidele.platform.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each change of a customer's consent, channel by channel: when, by whom, and the source given. */
@Repository
public class ConsentHistory {

	/** One change: a channel (EMAIL, SMS, PHONE) granted or withdrawn. */
	public record ConsentChange(String channel, boolean granted, Instant at, String actor, String source) {
	}

	private final JdbcClient jdbc;

	ConsentHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the channels whose consent differs from {@code before} to {@code after} (all given ones for a new customer). */
	void record(long customerId, Consent before, Consent after, String source) {
		change(customerId, "EMAIL", before.email(), after.email(), source);
		change(customerId, "SMS", before.sms(), after.sms(), source);
		change(customerId, "PHONE", before.phone(), after.phone(), source);
	}

	public List<ConsentChange> of(long customerId) {
		return jdbc.sql("select channel, granted, at, actor, source from consent_change where customer_id = ? order by at, id")
			.param(customerId)
			.query((rs, n) -> new ConsentChange(rs.getString(1), rs.getBoolean(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	/** An erasure keeps the dates and channels, not the words of the sources. */
	void erase(long customerId, String erased) {
		jdbc.sql("update consent_change set source = ? where customer_id = ?").params(erased, customerId).update();
	}

	private void change(long customerId, String channel, boolean before, boolean after, String source) {
		if (before != after) {
			jdbc.sql("insert into consent_change (customer_id, channel, granted, actor, source) values (?, ?, ?, ?, ?)")
				.params(customerId, channel, after, CurrentActor.name(), source).update();
		}
	}
}
