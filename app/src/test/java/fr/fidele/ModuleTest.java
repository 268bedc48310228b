package fr.fidele;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A test of one module on its own: the application context holds that module and the modules it may use, and
 * nothing that uses it, on a database of its own. The arrangement itself is verified by {@link ModularityTests}, which
 * leaves out the stats library (a jar, not a module), so it is not verified again here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "platform", verifyAutomatically = false)
@TestPropertySource(properties = { "fidele.demo.load=false", "fidele.loyalty.refresh-on-start=false", "fidele.loyalty.fold-after=0s", "logging.level.io.zonky=WARN" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface ModuleTest {
}
