package fr.fidele.loyalty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code spark-submit}, run as Spark's own scripts run it, from a Spark distribution's {@code jars/}: the fit service
 * ({@link SparkFits}) and the jobs of the Spark module are started this way.
 */
final class SparkSubmit {

	/** What Spark's own launcher gives its JVMs on Java 17 ({@code org.apache.spark.launcher.JavaModuleOptions}). */
	private static final List<String> JAVA_17_OPTIONS = Stream.of("java.lang", "java.lang.invoke", "java.lang.reflect",
			"java.io", "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic",
			"jdk.internal.ref", "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar")
		.map(open -> "--add-opens=java.base/" + open + "=ALL-UNNAMED").toList();

	private SparkSubmit() {
	}

	/**
	 * The command that submits {@code mainClass} of {@code jobJar} to {@code master} in client mode (the driver on
	 * this machine), with {@code options} of spark-submit and the application's {@code args}.
	 */
	static List<String> command(Path sparkHome, String master, List<String> options, String mainClass, Path jobJar,
			List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-Djdk.reflect.useDirectMethodHandle=false",
				"-Dio.netty.tryReflectionSetAccessible=true"));
		command.addAll(JAVA_17_OPTIONS);
		command.addAll(List.of("-cp", sparkHome.resolve("jars") + "/*", "org.apache.spark.deploy.SparkSubmit",
				"--master", master, "--deploy-mode", "client"));
		command.addAll(options);
		command.addAll(List.of("--class", mainClass, jobJar.toString()));
		command.addAll(args);
		return command;
	}

	/**
	 * The command that submits {@code mainClass} of the cluster's job jar with {@code args}, its executors of the
	 * configured memory: without Spark's web interface and its INFO lines, which a service running as long as Fidèle, or
	 * a job each night, would pile up for months.
	 */
	static List<String> command(LoyaltyProperties.Cluster cluster, String mainClass, List<String> args) {
		return command(cluster.sparkHome(), cluster.master(), List.of("--executor-memory", cluster.executorMemory(), "--conf",
				"spark.ui.enabled=false", "--conf", "spark.log.level=WARN"), mainClass, cluster.jobJar(), args);
	}

	/**
	 * Ends {@code submitted}, started by Fidèle: its standard input closed first (the fit service and the loyalty job
	 * stop by themselves when it ends), then the process and the JVMs it started if it lingers.
	 */
	static void stop(Process submitted) {
		if (submitted == null || !submitted.isAlive()) {
			return;
		}
		try {
			submitted.getOutputStream().close();
			if (!submitted.waitFor(5, TimeUnit.SECONDS)) {
				submitted.descendants().forEach(ProcessHandle::destroyForcibly);
				submitted.destroyForcibly().waitFor(15, TimeUnit.SECONDS);
			}
		}
		catch (IOException e) {
			submitted.destroyForcibly();
		}
		catch (InterruptedException e) {
			submitted.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** A process of {@code command}, with the environment a master on this machine (local-cluster) starts executors in. */
	static ProcessBuilder process(Path sparkHome, List<String> command) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SPARK_HOME", sparkHome.toString());
		builder.environment().putIfAbsent("SPARK_SCALA_VERSION", "2.13");
		return builder;
	}
}
