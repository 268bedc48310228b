package fr.fidele.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure of the verbatims: a customer's on their request, in the erasure's transaction, or all those written before a
 * moment, by the retention rule. The copies of the texts go with the rows; each instance's search index removes
 * their words when it reaches the entry this writes (within seconds), and until then a search no longer shows them,
 * since what it shows is read from the rows.
 */
@Service
public class VoiceErasure {

	private final JdbcClient jdbc;
	private final Clock clock;

	VoiceErasure(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long customerId) {
		jdbc.sql("delete from verbatim where customer_id = ?").param(customerId).update();
		jdbc.sql("insert into voice_erasure (customer_id, erased_at) values (?, ?)").params(customerId, Timestamp.from(clock.instant())).update();
	}

	/** Erases the verbatims written before {@code cutoff}, in the retention run's transaction; answers how many. */
	@Transactional
	public int eraseBefore(Instant cutoff) {
		int erased = jdbc.sql("delete from verbatim where written_at < ?").param(Timestamp.from(cutoff)).update();
		jdbc.sql("insert into voice_erasure (written_before, erased_at) values (?, ?)").params(Timestamp.from(cutoff), Timestamp.from(clock.instant()))
			.update();
		return erased;
	}
}
