package fr.fidele.platform.database;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboards' and exports' reads: from the read replica when {@code fidele.database.replica.url} names one. */
@Configuration(proxyBeanMethods = false)
class ReportingReadsConfiguration {

	@Bean(destroyMethod = "close")
	ReportingReads reportingReads(DataSource dataSource, ReplicaProperties replica, MeterRegistry meters) {
		return ReportingReads.of(dataSource, replica, meters);
	}
}
