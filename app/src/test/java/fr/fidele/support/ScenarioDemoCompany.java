package fr.fidele.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import fr.fidele.TestDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * Fidèle on the scenario's demo company (30,000 customers, a fixed seed, ending on 2026-11-01, passwords
 * {@code scenario-only}): the classes so annotated share one application context, so the company is generated once
 * for all of them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "fidele.demo.load=true",
		"fidele.demo.customers=30000", "fidele.demo.seed=4243", "fidele.demo.end-date=2026-11-01",
		"fidele.demo.password=scenario-only", "fidele.loyalty.refresh-on-start=false", "fidele.loyalty.fold-after=0s",
		"logging.level.io.zonky=WARN", "fidele.voice.index-directory=target/voice-index" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@AutoConfigureMockMvc
public @interface ScenarioDemoCompany {
}
