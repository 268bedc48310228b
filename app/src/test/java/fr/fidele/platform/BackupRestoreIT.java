package fr.fidele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.fidele.support.ApiClient;
import fr.fidele.support.ContactWriters;
import fr.fidele.support.FideleProcess;
import fr.fidele.support.PageSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./fidele backup} while Fidèle runs and clients write, then {@code ./fidele restore}: the restored database
 * starts and shows the same case files as when the backup was taken, nothing written after it, and the state of one
 * moment for the clients that wrote during it. The figures over the first clients' day are the same too. Fidèle runs
 * with the structured logs an operator's log collector reads (ECS JSON, one object per line).
 */
class BackupRestoreIT {

	private static final String PASSWORD = "backup-" + UUID.randomUUID();
	private static final String FIGURES = "/api/loyalty/measures?from=2025-01-01&to=2026-03-02";

	/** The day of the contacts written during the backup and after it, outside the figures compared. */
	private static final LocalDate LATER = ContactWriters.DAY.plusDays(1);

	private final Path work = Path.of("target", "backup-tests", UUID.randomUUID().toString()).toAbsolutePath();

	@Test
	void aRestoredBackupShowsTheSameCaseFilesAndFigures() throws Exception {
		Path data = work.resolve("postgres");
		Path backup = work.resolve("fidele-backup.tar.gz");
		Map<String, String> environment = new HashMap<>(Map.of("FIDELE_DATA_DIR", data.toString(), "FIDELE_DEMO", "true",
				"FIDELE_DEMO_CUSTOMERS", "100", "FIDELE_DEMO_PASSWORD", PASSWORD, "FIDELE_LOYALTY_REFRESHONSTART", "false",
				"LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"));
		try (FideleProcess fidele = new FideleProcess(work, environment).start()) {
			ApiClient advisor = new ApiClient(fidele.port(), PageSession.signIn(fidele.port(), "camille", PASSWORD).createApiToken("backup"));
			ApiClient director = new ApiClient(fidele.port(), PageSession.signIn(fidele.port(), "helene", PASSWORD).createApiToken("backup"));
			ContactWriters before = write(advisor, 100, ContactWriters.DAY);
			JsonNode figures = figures(director);

			ContactWriters during = new ContactWriters(advisor, 2, "camille", LATER).start();
			Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> during.acknowledged() >= 20);
			List<Integer> atStart = during.progress();
			assertThat(fidele.command("backup", backup.toString())).contains("written to");
			List<Integer> atEnd = during.progress();
			during.stop();

			ContactWriters after = write(advisor, 20, LATER);
			fidele.stop();
			String restored = fidele.command("restore", backup.toString());
			assertThat(restored).contains("Restored into " + data);
			assertThat(Files.list(work).map(path -> path.getFileName().toString())).anyMatch(name -> name.startsWith("postgres.before-restore-"));

			fidele.start();
			before.assertEveryAcknowledgedContactIsThereOnce(advisor);
			after.assertNoContactIsThere(advisor);
			during.assertStateOfAMomentBetween(advisor, atStart, atEnd);
			assertThat(figures(director)).isEqualTo(figures);
		}
		assertEveryLogLineIsJson(work.resolve("fidele.log"));
	}

	/** After the banner, each line is one JSON object with its time, level, logger and message (ECS). */
	private static void assertEveryLogLineIsJson(Path log) throws Exception {
		List<String> lines = Files.readAllLines(log);
		List<String> logged = lines.stream().dropWhile(line -> !line.startsWith("{")).filter(line -> !line.isBlank()).toList();
		JsonMapper json = JsonMapper.builder().build();
		assertThat(logged).as("log lines").hasSizeGreaterThan(20).allSatisfy(line -> {
			JsonNode entry = json.readTree(line);
			assertThat(List.of(entry.path("@timestamp"), entry.at("/log/level"), entry.at("/log/logger"), entry.path("message")))
				.as(line).allMatch(JsonNode::isString);
		});
		assertThat(logged).anyMatch(line -> line.contains("Started FideleApplication"));
	}

	/** The service measures, without the moment they were computed at. */
	private static JsonNode figures(ApiClient director) {
		ObjectNode figures = (ObjectNode) director.get(FIGURES).json();
		figures.remove("computedAt");
		return figures;
	}

	private static ContactWriters write(ApiClient api, int count, LocalDate day) throws Exception {
		ContactWriters writers = new ContactWriters(api, 2, "camille", day).start();
		Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> writers.acknowledged() >= count);
		writers.stop();
		return writers;
	}
}
