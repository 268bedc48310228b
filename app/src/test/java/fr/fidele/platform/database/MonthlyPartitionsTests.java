package fr.fidele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import fr.fidele.FideleTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The month partitions kept ready by the application (V55, decision 32): those of the coming months made again by the
 * nightly job, and a partition that cannot get its lock in time left for later, its rows kept in the default partition.
 */
@FideleTest
@ExtendWith(OutputCaptureExtension.class)
class MonthlyPartitionsTests {

	@Autowired
	MonthlyPartitions partitions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theNightlyJobMakesTheComingMonthsPartitions() {
		YearMonth last = YearMonth.now(ZoneOffset.UTC).plusMonths(MonthlyPartitions.MONTHS_AHEAD);
		String name = "history_%d_%02d".formatted(last.getYear(), last.getMonthValue());
		jdbc.sql("drop table " + name).update();

		partitions.createAhead();

		assertThat(jdbc.sql("select to_regclass(?)::text").param(name).query(String.class).optional()).contains(name);
	}

	@Test
	void aPartitionThatCannotGetItsLockIsLeftForLaterAndItsRowsWaitInTheDefaultPartition(CapturedOutput output)
			throws SQLException {
		Instant arrived = Instant.parse("1987-02-10T09:00:00Z");
		long id;
		try (Connection reader = dataSource.getConnection()) {
			// a long read of the contacts: a partition cannot be added under it
			reader.setAutoCommit(false);
			try (Statement statement = reader.createStatement()) {
				statement.execute("lock table contact in access share mode");
			}
			partitions.prepare("contact", arrived, arrived);
			id = jdbc.sql("insert into contact (channel, direction, arrived_at) values ('EMAIL', 'INBOUND', ?) returning id")
				.param(Timestamp.from(arrived)).query(Long.class).single();
			reader.rollback();
		}

		assertThat(output).contains("The partitions of contact from 1987-02 to 1987-02 could not be created now");
		assertThat(jdbc.sql("select tableoid::regclass::text from contact where id = ?").param(id).query(String.class).single())
			.isEqualTo("contact_default");
		partitions.prepare("contact", arrived, arrived);
		assertThat(jdbc.sql("select to_regclass('contact_1987_02')::text").query(String.class).optional())
			.as("asked again once the lock is free: its rows are already waiting, so it stays in the default partition").isEmpty();
		jdbc.sql("delete from contact where id = ?").param(id).update();
	}
}
