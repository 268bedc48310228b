package fr.fidele.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * Fidèle as an operator runs it: the packaged jar ({@code fidele.jar}, built by {@code ./mvnw package}) in a process
 * of its own, which a test can kill with SIGKILL and start again on the same data. Its output goes to a log file
 * beside the data, for when a test fails.
 */
public final class FideleProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Path jar;
	private final Path log;
	private final int port;
	private final Map<String, String> environment;
	private Process process;

	/**
	 * @param workDir where the log goes (and, unless the environment names an external database, the data)
	 * @param environment the variables the operator would set (FIDELE_DB_URL, FIDELE_DEMO...)
	 */
	public FideleProcess(Path workDir, Map<String, String> environment) {
		String jarPath = System.getProperty("fidele.jar");
		if (jarPath == null || !Files.exists(Path.of(jarPath))) {
			throw new IllegalStateException("no packaged Fidèle at " + jarPath + ": run this test with ./mvnw verify");
		}
		this.jar = Path.of(jarPath);
		try {
			this.log = Files.createDirectories(workDir).resolve("fidele.log");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		this.port = freePort();
		this.environment = Map.copyOf(environment);
	}

	public int port() {
		return port;
	}

	/** Starts the application and waits until its health is UP. */
	public FideleProcess start() {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
				"-Xmx768m", "-jar", jar.toString(), "--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		try {
			process = builder.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Awaitility.await("Fidèle up on port " + port + " (log in " + log + ")").atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("Fidèle stopped at start-up: see " + log + "\n" + tail());
				}
				return healthy();
			});
		return this;
	}

	/**
	 * Runs {@code ./fidele backup|restore ...} as the script does, with this application's environment, and answers
	 * its output; fails if the command does.
	 */
	public String command(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", jar.toString(),
				"-Dloader.main=fr.fidele.platform.database.BackupCommand", "org.springframework.boot.loader.launch.PropertiesLauncher"));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process run = builder.start();
		String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!run.waitFor(5, TimeUnit.MINUTES) || run.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", arguments) + " failed:\n" + output);
		}
		return output;
	}

	/** What the out-of-memory killer does: SIGKILL, no shutdown hook runs. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	public boolean healthy() {
		try {
			HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The last lines Fidèle wrote. */
	public String tail() throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** Stops the application as a service manager does (SIGTERM) and waits for it. */
	public void stop() throws InterruptedException {
		close();
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
