package fr.fidele.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its files when no external database is configured.
 *
 * @param embeddedDataDir directory of the embedded cluster; it survives restarts
 * @param embeddedPort port of the embedded server, 0 for any free port
 */
@ConfigurationProperties("fidele.database")
public record DatabaseProperties(String embeddedDataDir, int embeddedPort) {
}
