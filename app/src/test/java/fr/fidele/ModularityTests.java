package fr.fidele;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The business modules talk only through each other's base package, with no cycles, and each only to the modules
 * its package-info names in {@code allowedDependencies}. The survival
 * library {@code fr.fidele.stats} is a separate Maven module used as a library, not an application
 * module, so its packages are left out.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(FideleApplication.class,
			JavaClass.Predicates.resideInAPackage("fr.fidele.stats.."));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Component diagrams (the whole and each module with its neighbours) and module canvases (API, events published
	 * and listened to, settings) in docs/modules, beside the hand-written table of who owns which table.
	 */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("../docs/modules").withoutClean()).writeDocumentation();
	}
}
