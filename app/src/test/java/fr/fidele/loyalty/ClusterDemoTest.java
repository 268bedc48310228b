package fr.fidele.loyalty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.fidele.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The installation the Spark tests run on: the demo company of 4,000 customers, and a Spark cluster configured
 * ({@code local-cluster}: a master and two workers whose executors are JVMs of their own). One annotation, so that
 * the classes that carry it share one cached context and one demo load.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "fidele.demo.load=true",
		"fidele.demo.customers=4000", "fidele.demo.seed=31", "fidele.demo.end-date=2026-11-01",
		"fidele.demo.password=cluster-only", "fidele.loyalty.refresh-on-start=false", "logging.level.io.zonky=WARN",
		"fidele.loyalty.cluster.master=local-cluster[2,1,1024]", "fidele.loyalty.cluster.spark-home=${fidele.spark.home}",
		"fidele.loyalty.cluster.job-jar=${fidele.spark.job-jar}", "fidele.loyalty.cluster.fit-timeout=5m",
		"fidele.voice.index-directory=target/voice-index" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@interface ClusterDemoTest {

	/** The demo company's last day, the analysis date of the tests. */
	String AS_OF = "2026-11-01";
}
