package fr.fidele.contacts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, every hour, the log of contacts changed after their end or erased (V53) older than a day. The log is
 * read by the loyalty figures held in memory, from their last read on, which is minutes old; a day leaves room for a
 * server that could not fold for hours, and a restarted one reads everything again anyway.
 */
@Component
class ContactChangesCleanup {

	private final JdbcClient jdbc;

	ContactChangesCleanup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(cron = "0 41 * * * *")
	void deleteChangesOlderThanADay() {
		jdbc.sql("delete from contact_change where changed_at < now() - interval '1 day'").update();
	}
}
