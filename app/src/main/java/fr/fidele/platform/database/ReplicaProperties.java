package fr.fidele.platform.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A PostgreSQL read replica the dashboards and exports read from (see {@link ReportingReads}); none when the URL is
 * blank.
 *
 * @param url JDBC URL of a hot standby streaming from the primary
 * @param username its user (the primary's by default)
 * @param password its password
 * @param poolSize connections kept to it at most
 * @param catchUpWait how long a read waits for the replica to replay what the primary had acknowledged when the read
 *        began, before it reads from the primary instead
 * @param setAside how long reads go to the primary after the replica lagged or failed, before it is tried again
 */
@ConfigurationProperties("fidele.database.replica")
public record ReplicaProperties(String url, String username, String password, @DefaultValue("10") int poolSize,
		@DefaultValue("5s") Duration catchUpWait, @DefaultValue("30s") Duration setAside) {

	boolean configured() {
		return url != null && !url.isBlank();
	}
}
