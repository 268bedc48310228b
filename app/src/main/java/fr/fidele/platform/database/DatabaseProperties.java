package fr.fidele.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded PostgreSQL keeps its files when no external database is configured.
 *
 * @param embeddedDataDir directory of the embedded cluster; it survives restarts
 * @param embeddedPort port of the embedded server, 0 for any free port
 * @param embeddedThrowaway true only for demos and tests whose data may be lost: the server then neither flushes
 *        its log at each commit nor syncs to disk, so a crash may lose acknowledged writes or corrupt the cluster
 */
@ConfigurationProperties("fidele.database")
public record DatabaseProperties(String embeddedDataDir, int embeddedPort, boolean embeddedThrowaway) {
}
